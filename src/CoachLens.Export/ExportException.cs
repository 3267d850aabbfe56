namespace CoachLens.Export;

/// <summary>An export could not be written (the printer failed or timed out); the message is one line with no client text.</summary>
public sealed class ExportException : Exception
{
    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException()
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
