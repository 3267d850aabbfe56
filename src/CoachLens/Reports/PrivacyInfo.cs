namespace CoachLens.Reports;

/// <summary>Redaction applied to the transcript before analysis: never the originals, only how many placeholders.</summary>
public sealed record PrivacyInfo(bool Redacted, int Placeholders)
{
    public static PrivacyInfo NotRedacted { get; } = new(false, 0);
}
