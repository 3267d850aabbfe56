namespace CoachLens.Transcripts;

/// <summary>
/// The one error type readers throw: the input cannot be read as a transcript.
/// The message is a single line naming the file and the problem.
/// </summary>
public sealed class TranscriptException : Exception
{
    public TranscriptException(string source, string problem)
        : base($"{OneLine(source)}: {OneLine(problem)}")
    {
        Source = source;
        Problem = OneLine(problem);
    }

    public TranscriptException()
        : this("input", "cannot be read")
    {
    }

    public TranscriptException(string message)
        : this("input", message)
    {
    }

    public TranscriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "input";
        Problem = message;
    }

    public new string Source { get; }

    public string Problem { get; }

    /// <summary>A quote from the input for a message: one line, control characters removed, at most 40 characters.</summary>
    public static string Quote(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }

    // A message must stay one line even when it quotes the input, so a terminal never shows a broken error.
    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            : text;
}
