namespace CoachLens.Tests.Detection.CoachingSet;

/// <summary>A labelled turn: who, when (as written), what was said, and every code that applies.</summary>
public sealed record GoldLine(string Speaker, string? Start, string? End, string Text, IReadOnlyList<string> Labels)
{
    public bool IsClient => Speaker.Equals("client", StringComparison.OrdinalIgnoreCase);
}
