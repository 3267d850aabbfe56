namespace CoachLens.Trust;

/// <summary>Risk cues in client words and the coach responses to them (Trust/Data/risk-cues.data.json).</summary>
public sealed record RiskRules(string Version, IReadOnlyList<Cue> Cues, IReadOnlyList<Cue> Responses)
{
    /// <summary>The first cue category that fires on the text, or null.</summary>
    public Cue? Classify(string text) => Cues.FirstOrDefault(c => c.Matches(text));
}
