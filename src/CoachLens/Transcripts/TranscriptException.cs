namespace CoachLens.Transcripts;

/// <summary>
/// The one error type readers throw: the input cannot be read as a transcript.
/// The message is a single line naming the file and the problem.
/// </summary>
public sealed class TranscriptException : Exception
{
    public TranscriptException(string source, string problem)
        : base($"{source}: {problem}")
    {
        Source = source;
        Problem = problem;
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
}
