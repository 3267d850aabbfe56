using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CoachLens.Transcripts.Writers;

/// <summary>
/// The ICF layout as a Word document, written with the BCL only: a ZIP with the three parts Word needs
/// and hand-written WordprocessingML, one paragraph a turn with the label in bold. Byte-stable: entries
/// carry a fixed date.
/// </summary>
public sealed class IcfDocxWriter : ITranscriptWriter
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly DateTimeOffset FixedDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n" +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public string Format => "icf-docx";

    public string Extension => "docx";

    public bool IsText => false;

    public byte[] Write(Transcript transcript)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes(Relationships));
            Add(zip, "word/document.xml", Document(transcript));
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedDate;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] Document(Transcript transcript)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("w", "document", W);
            xml.WriteStartElement("w", "body", W);
            foreach (var (label, text) in IcfLayout.Lines(transcript))
            {
                xml.WriteStartElement("w", "p", W);
                Run(xml, label, bold: true);
                Run(xml, " " + text, bold: false);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Run(XmlWriter xml, string text, bool bold)
    {
        xml.WriteStartElement("w", "r", W);
        if (bold)
        {
            xml.WriteStartElement("w", "rPr", W);
            xml.WriteElementString("w", "b", W, null);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("w", "t", W);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlSafe(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters or broken surrogates; a transcript never needs them.
    private static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}
