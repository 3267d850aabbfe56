using System.Text;

namespace CoachLens.Transcripts.Writers;

/// <summary>The ICF layout as plain text ("Coach [00:00:04]: …" a line); CoachLens reads it back as format "text".</summary>
public sealed class IcfTextWriter : ITranscriptWriter
{
    public string Format => "txt";

    public string Extension => "txt";

    public bool IsText => true;

    public byte[] Write(Transcript transcript)
    {
        var sb = new StringBuilder();
        foreach (var (label, text) in IcfLayout.Lines(transcript))
        {
            sb.Append(label).Append(' ').Append(text).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}
