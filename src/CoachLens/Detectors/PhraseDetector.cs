using CoachLens.Detection;

namespace CoachLens.Detectors;

/// <summary>
/// The data-driven detector: each rule of phrases.data.json fires on the turns of its role when one of
/// its patterns matches the spoken words and none of its exclusions does.
/// </summary>
public sealed class PhraseDetector(PhraseRuleSet rules) : IDetector
{
    public PhraseDetector()
        : this(PhraseRules.Default)
    {
    }

    public string Id => "phrases";

    public string Version => "1.0.0+rules." + rules.Version;

    public IReadOnlyList<string> Produces { get; } = rules.Rules.Select(r => r.Code).Distinct().ToArray();

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        foreach (var turn in context.Turns)
        {
            var role = turn.Turn.IsCoach ? "coach" : turn.Turn.IsClient ? "client" : null;
            foreach (var rule in rules.Rules.Where(r => r.Role == role))
            {
                var match = rule.FirstMatch(turn.Spoken);
                if (match is not null)
                {
                    yield return new Annotation(turn.Index, rule.Code, Id, 0.6, match.Index, match.Length);
                }
            }
        }
    }
}
