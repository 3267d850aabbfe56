namespace CoachLens.Transcripts;

/// <summary>
/// Turns the bytes of a transcript file into a <see cref="Transcript"/>: decode, pick a reader, read,
/// normalize speaker names, assign roles. Every problem with the input is a <see cref="TranscriptException"/>.
/// </summary>
public static class TranscriptLoader
{
    /// <summary>
    /// Files larger than this are refused: a 3-hour session is about 200 KB of text and a .docx of it
    /// well under 1 MB, so 10 MB leaves room for long sessions while bounding memory and time.
    /// </summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Transcript Load(ReadOnlySpan<byte> bytes, string source, ReadOptions? options = null)
    {
        if (bytes.Length == 0)
        {
            throw new TranscriptException(source, "the file is empty");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new TranscriptException(source, $"the file is larger than the {MaxBytes / (1024 * 1024)} MB limit");
        }

        var extension = TranscriptInput.ExtensionOf(source);
        if (FileSignatures.IsZip(bytes))
        {
            return Read(new TranscriptInput(source, extension, bytes.ToArray(), null), options);
        }

        var text = TextDecoding.Decode(bytes, source);
        return string.IsNullOrWhiteSpace(text)
            ? throw new TranscriptException(source, "the file has no text (only spaces or blank lines)")
            : Read(new TranscriptInput(source, extension, ReadOnlyMemory<byte>.Empty, text), options);
    }

    /// <summary>Reads a transcript that is already text (a .txt, .vtt, .srt or .json file's content).</summary>
    public static Transcript Parse(string content, string source, ReadOptions? options = null) =>
        Read(TranscriptInput.FromText(content, source), options);

    public static Transcript Read(TranscriptInput input, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        var reader = TranscriptReaders.Choose(input, options.InputFormat);
        var raw = reader.Read(input)
            .Select(t => t with { Speaker = Whitespace.Normalize(t.Speaker), Text = Whitespace.Normalize(t.Text) })
            .Where(t => t.Text.Length > 0 && t.Speaker.Length > 0)
            .ToList();
        if (raw.Count == 0)
        {
            throw new TranscriptException(input.Source, "no turns found");
        }

        var normalized = SpeakerNames.Normalize(raw);
        var roles = RoleInference.Infer(normalized, options.CoachName, input.Source, options.ClientName);
        var turns = normalized.Select((t, i) => new Turn(
                i,
                t.Speaker,
                RoleOf(t.Speaker, roles),
                t.Start,
                t.End,
                t.Text,
                TurnAnnotations.Find(t.Text)))
            .ToList();
        var language = LanguageGuess.Guess(turns.Select(t => t.Text));
        return new Transcript(Path.GetFileName(input.Source), reader.Format, language, turns, roles);
    }

    private static Role RoleOf(string speaker, RoleAssignment roles) =>
        speaker == roles.CoachSpeaker ? Role.Coach
        : roles.ClientSpeakers.Contains(speaker) ? Role.Client
        : Role.Other;
}
