using System.Text;

namespace CoachLens.Reports.Html;

/// <summary>Makes untrusted text inert in HTML, in element content and in quoted attribute values alike.</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\t': sb.Append(ch); break;
                // Control characters have no place in a report and some break parsers; drop them.
                case < ' ' or '\u007f': break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
