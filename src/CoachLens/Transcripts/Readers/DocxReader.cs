using CoachLens.Transcripts.Docx;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Word documents (.docx), the layout the ICF asks for: a table of time/speaker/text columns, or
/// paragraphs read like a text transcript ("Coach [00:01:02]: …" or Otter-style blocks). Read with the
/// BCL only; a damaged file is a <see cref="TranscriptException"/>.
/// </summary>
public sealed class DocxReader : ITranscriptReader
{
    private static readonly ITranscriptReader[] ParagraphReaders = [new LabelledTextReader(), new SpeakerBlockReader()];

    public string Format => "docx";

    public int Sniff(TranscriptInput input) =>
        input.Text is null && FileSignatures.IsZip(input.Bytes.Span) ? (input.Extension == "docx" ? 95 : 85) : 0;

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        if (input.Text is not null || !FileSignatures.IsZip(input.Bytes.Span))
        {
            throw new TranscriptException(input.Source, "not a .docx file (a Word document is a ZIP container)");
        }

        var body = DocxBody.Read(input.Bytes, input.Source);
        var fromTables = body.Tables.Select(DocxTable.Turns).Where(t => t.Count >= 2).SelectMany(t => t).ToList();
        if (fromTables.Count >= 2)
        {
            return fromTables;
        }

        var text = string.Join("\n", body.Paragraphs);
        if (text.Trim().Length == 0)
        {
            throw new TranscriptException(input.Source, "the Word document has no text");
        }

        var asText = new TranscriptInput(input.Source, "txt", ReadOnlyMemory<byte>.Empty, text);
        var reader = ParagraphReaders.OrderByDescending(r => r.Sniff(asText)).First();
        return reader.Sniff(asText) > 0
            ? reader.Read(asText)
            : throw new TranscriptException(input.Source, "no speaker labels found in the Word document (expected 'Coach: …' paragraphs or a time/speaker/text table)");
    }
}
