namespace CoachLens.Transcripts;

/// <summary>Turns the bytes of a transcript file into a <see cref="Transcript"/>: decode, pick a reader, read, assign roles.</summary>
public static class TranscriptLoader
{
    /// <summary>Files larger than this are refused: a 3-hour session is well under 1 MB of text.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Transcript Load(ReadOnlySpan<byte> bytes, string source, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        if (bytes.Length == 0)
        {
            throw new TranscriptException(source, "the file is empty");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new TranscriptException(source, $"the file is larger than the {MaxBytes / (1024 * 1024)} MB limit");
        }

        var content = TextDecoding.Decode(bytes, source);
        return Parse(content, source, options);
    }

    public static Transcript Parse(string content, string source, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        var extension = Path.GetExtension(source).TrimStart('.').ToLowerInvariant();
        var reader = TranscriptReaders.Choose(content, extension, source, options.InputFormat);
        var raw = reader.Read(content, source)
            .Select(t => t with { Speaker = Whitespace.Normalize(t.Speaker), Text = Whitespace.Normalize(t.Text) })
            .Where(t => t.Text.Length > 0)
            .ToList();
        if (raw.Count == 0)
        {
            throw new TranscriptException(source, "no turns found");
        }

        var roles = RoleInference.Infer(raw, options.CoachName, source);
        var turns = raw.Select((t, i) => new Turn(
                i,
                t.Speaker,
                t.Speaker == roles.CoachSpeaker ? Role.Coach : roles.ClientSpeakers.Contains(t.Speaker) ? Role.Client : Role.Unknown,
                t.Start,
                t.End,
                t.Text,
                TurnAnnotations.Find(t.Text)))
            .ToList();
        var language = LanguageGuess.Guess(turns.Select(t => t.Text));
        return new Transcript(Path.GetFileName(source), reader.Format, language, turns, roles);
    }
}
