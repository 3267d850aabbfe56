using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachLens.Export.Docx;

/// <summary>The few paragraph styles the mentor export uses, so headings show in Word's navigation pane and are easy to restyle.</summary>
public static class WordStyles
{
    public static Styles Create()
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "21" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Heading("Title", "Title", 36, "1D232B", 0));
        styles.Append(Heading("Heading1", "heading 1", 30, "1D232B", 0));
        styles.Append(Heading("Heading2", "heading 2", 25, "3559A8", 1));
        styles.Append(new Style(new StyleName { Val = "Note" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "5B6470" }, new FontSize { Val = "18" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Note",
        });
        return styles;
    }

    private static Style Heading(string id, string name, int halfPoints, string color, int outline) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
}
