using CoachLens.Detection;

namespace CoachLens.Trust;

/// <summary>
/// Marks client turns that suggest a need beyond coaching with the behavior code risk, from the risk-cue
/// data (Trust/Data/risk-cues.data.json). Deliberately narrow: ordinary stress, sadness or tiredness is no cue.
/// </summary>
public sealed class RiskCueDetector(RiskRules rules) : IDetector
{
    public RiskCueDetector()
        : this(TrustRules.Default.Risk)
    {
    }

    public string Id => "risk-cues";

    public string Version => "1.0.0+cues." + rules.Version;

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Risk];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        foreach (var turn in context.Turns.Where(t => t.Turn.IsClient))
        {
            if (rules.Find(turn) is { } match)
            {
                yield return new Annotation(turn.Index, Behaviors.Risk, Id, 0.7, match.Position, match.Length);
            }
        }
    }
}
