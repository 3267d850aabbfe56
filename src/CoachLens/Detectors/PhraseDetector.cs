using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// The data-driven detector: each rule of phrases.data.json fires on the turns of its role when its patterns,
/// exclusions and context conditions say so (see <see cref="PhraseRule"/>).
/// </summary>
public sealed class PhraseDetector(PhraseRuleSet rules) : IDetector
{
    public PhraseDetector()
        : this(PhraseRules.Default)
    {
    }

    public string Id => "phrases";

    public string Version => "2.0.0+rules." + rules.Version;

    public IReadOnlyList<string> Produces { get; } = rules.Rules.Select(r => r.Code).Distinct().ToArray();

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        var texts = context.Turns.Select(PhraseText.Of).ToArray();
        foreach (var turn in context.Turns)
        {
            var role = turn.Turn.IsCoach ? "coach" : turn.Turn.IsClient ? "client" : null;
            var previous = Previous(context, turn, role) is { } p ? texts[p.Index] : null;
            var fired = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in rules.Rules)
            {
                if (rule.Role != role || fired.Contains(rule.Code))
                {
                    continue;
                }

                if (rule.Match(texts[turn.Index], previous) is { } span)
                {
                    fired.Add(rule.Code);
                    yield return new Annotation(turn.Index, rule.Code, Id, 0.6, span.Start, span.Length);
                }
            }
        }
    }

    /// <summary>The turn just before, when the other speaker said it; context rules read only that turn.</summary>
    private static TurnView? Previous(DetectionContext context, TurnView turn, string? role)
    {
        if (turn.Index == 0 || role is null)
        {
            return null;
        }

        var previous = context.Turns[turn.Index - 1];
        return (role == "coach" ? previous.Turn.IsClient : previous.Turn.IsCoach) ? previous : null;
    }
}
