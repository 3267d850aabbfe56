using System.Text;

namespace CoachLens.Reports;

/// <summary>Makes untrusted transcript text inert in Markdown: no links, emphasis, HTML or tables from client words.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            // Without [ and ] no link or image can form, so parentheses can stay readable.
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(ch is '\n' or '\r' ? ' ' : ch);
        }

        return sb.ToString();
    }
}
