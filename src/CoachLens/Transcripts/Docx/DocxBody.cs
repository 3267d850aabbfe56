using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CoachLens.Transcripts.Docx;

/// <summary>
/// The text of a .docx body, read with the BCL only (ZipArchive and XmlReader): paragraphs in order and
/// tables as rows of cell texts. Deleted text (track changes) and field codes are left out.
/// </summary>
/// <param name="Paragraphs">Body paragraphs outside tables, in order.</param>
/// <param name="Tables">Each table as rows of cell texts.</param>
public sealed record DocxBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables)
{
    /// <summary>The main document part is refused beyond this size, so a ZIP bomb cannot exhaust memory.</summary>
    public const long MaxDocumentXmlBytes = 64L * 1024 * 1024;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Reads the body; every problem with the container or its XML is a <see cref="TranscriptException"/>.</summary>
    public static DocxBody Read(ReadOnlyMemory<byte> bytes, string source)
    {
        byte[] xml;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = archive.GetEntry("word/document.xml")
                ?? throw new TranscriptException(source, "a ZIP file but not a Word document (no word/document.xml)");
            xml = ReadBounded(entry, source);
        }
        catch (TranscriptException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ZipArchive reports damage with several exception types; to the user they all mean one thing.
            throw new TranscriptException(source, "the .docx file is damaged (it cannot be opened as a Word document)");
        }

        try
        {
            return Parse(xml);
        }
        catch (XmlException ex)
        {
            throw new TranscriptException(source, $"the .docx file is damaged (its document XML is broken at line {ex.LineNumber})");
        }
    }

    private static byte[] ReadBounded(ZipArchiveEntry entry, string source)
    {
        if (entry.Length > MaxDocumentXmlBytes)
        {
            throw new TranscriptException(source, "the .docx document is too large to read");
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > MaxDocumentXmlBytes)
            {
                throw new TranscriptException(source, "the .docx document is too large to read");
            }
        }

        return copy.ToArray();
    }

    private static DocxBody Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = MaxDocumentXmlBytes };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var body = XDocument.Load(reader).Root?.Element(W + "body");
        var paragraphs = new List<string>();
        var tables = new List<IReadOnlyList<IReadOnlyList<string>>>();
        if (body is not null)
        {
            Walk(body, paragraphs, tables);
        }

        return new DocxBody(paragraphs, tables);
    }

    // Paragraphs and tables can sit inside content controls (w:sdt) or tracked insertions, so the walk descends into anything else.
    private static void Walk(XElement element, List<string> paragraphs, List<IReadOnlyList<IReadOnlyList<string>>> tables)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name == W + "p")
            {
                paragraphs.Add(Text(child));
            }
            else if (child.Name == W + "tbl")
            {
                tables.Add(child.Elements(W + "tr")
                    .Select(tr => (IReadOnlyList<string>)tr.Elements(W + "tc")
                        .Select(tc => string.Join("\n", tc.Descendants(W + "p").Select(Text)).Trim())
                        .ToList())
                    .ToList());
            }
            else
            {
                Walk(child, paragraphs, tables);
            }
        }
    }

    // Only w:t carries visible text; w:delText (deleted with track changes) and w:instrText (field codes) do not.
    private static string Text(XElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node.Name == W + "t")
            {
                sb.Append(node.Value);
            }
            else if (node.Name == W + "tab")
            {
                sb.Append('\t');
            }
            else if (node.Name == W + "br" || node.Name == W + "cr")
            {
                sb.Append('\n');
            }
            else if (node.Name == W + "noBreakHyphen")
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}
