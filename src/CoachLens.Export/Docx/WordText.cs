using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachLens.Export.Docx;

/// <summary>
/// Builds Word paragraphs and runs. Text only ever goes into w:t elements, so a transcript that contains
/// "{ DDEAUTO … }", "w:fldSimple" or a hyperlink stays literal text: no fields, no links, no markup.
/// </summary>
public static class WordText
{
    /// <summary>Text safe for XML: control characters (other than tab) and unpaired surrogates removed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else if (!char.IsSurrogate(ch) && (ch >= ' ' || ch == '\t') && ch != '\uFFFE' && ch != '\uFFFF')
            {
                sb.Append(ch);
            }
            else if (ch is '\n' or '\r')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    public static Run Run(string text, bool bold = false, bool italic = false, string? color = null, int? halfPoints = null)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        if (color is not null)
        {
            props.Append(new Color { Val = color });
        }

        if (halfPoints is { } size)
        {
            props.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run();
        if (props.HasChildren)
        {
            run.Append(props);
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Paragraph Para(params OpenXmlElement[] runs) => Para(null, runs);

    public static Paragraph Para(string? style, params OpenXmlElement[] runs)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        p.Append(runs);
        return p;
    }

    public static Paragraph Heading(int level, string text) => Para("Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture), Run(text));

    /// <summary>A link to a bookmark in the same document (a quote to its turn).</summary>
    public static Hyperlink Link(string anchor, string text) =>
        new(Run(text, color: "1A56A8")) { Anchor = anchor, History = OnOffValue.FromBoolean(false) };
}
