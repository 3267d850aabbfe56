using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachLens.Export.Tests.Docx;

/// <summary>A readable dump of a .docx body for snapshots: one line per paragraph ([style] text, links as [→anchor]), tables as rows of cells.</summary>
public static class DocxDump
{
    public static string Of(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var sb = new StringBuilder();
        foreach (var element in doc.MainDocumentPart!.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    sb.Append(Line(p)).Append('\n');
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        sb.Append("| ").AppendJoin(" | ", row.Elements<TableCell>().Select(c => string.Join(" / ", c.Elements<Paragraph>().Select(Line)))).Append(" |\n");
                    }

                    break;
                case SectionProperties:
                    sb.Append("[section]\n");
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Line(Paragraph p)
    {
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var text = new StringBuilder();
        foreach (var child in p.ChildElements)
        {
            if (child is Hyperlink h)
            {
                text.Append("[→").Append(h.Anchor?.Value).Append(']').Append(h.InnerText);
            }
            else if (child is Run r)
            {
                text.Append(r.InnerText);
                if (r.Elements<Break>().Any())
                {
                    text.Append("[page break]");
                }
            }
            else if (child is BookmarkStart b)
            {
                text.Append("[#").Append(b.Name?.Value).Append(']');
            }
        }

        return style is null ? text.ToString() : $"[{style}] {text}";
    }
}
