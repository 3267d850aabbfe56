using System.Text.RegularExpressions;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>Which sentences of a turn a phrase rule looks at.</summary>
public enum PhraseScope
{
    /// <summary>Every sentence.</summary>
    Any,

    /// <summary>Only sentences that end with a question mark.</summary>
    Question,

    /// <summary>Only sentences that do not end with a question mark.</summary>
    Statement,

    /// <summary>The whole turn at once, for patterns about its shape (a turn that is only "Fine.").</summary>
    Turn,
}

/// <summary>
/// One data rule: a behavior code, whose turns it applies to, and when it fires. A pattern must match inside
/// one sentence of the turn (of the rule's scope) that no sentence exclusion matches; the whole turn must
/// not match a turn exclusion, must not be longer than <see cref="MaxWords"/>, and, when the rule names
/// one, the turn just before (the other speaker's) must satisfy <see cref="After"/>.
/// </summary>
public sealed record PhraseRule(
    string Id,
    string Code,
    string Role,
    PhraseScope Scope,
    IReadOnlyList<Regex> Patterns,
    IReadOnlyList<Regex> Exclude,
    IReadOnlyList<Regex> ExcludeTurn,
    PhraseContext? After,
    int? MaxWords,
    string Source)
{
    /// <summary>The span of the first match in the turn's spoken text, or null when the rule does not fire.</summary>
    public (int Start, int Length)? Match(TurnView turn, TurnView? previous)
    {
        if (MaxWords is { } max && turn.Words.Count > max)
        {
            return null;
        }

        if (After is not null && (previous is null || !After.Holds(previous)))
        {
            return null;
        }

        var spoken = Normalize(turn.Spoken);
        if (ExcludeTurn.Any(x => x.IsMatch(spoken)))
        {
            return null;
        }

        if (Scope == PhraseScope.Turn)
        {
            return !Exclude.Any(x => x.IsMatch(spoken)) && FirstMatch(spoken) is { } whole ? (whole.Index, whole.Length) : null;
        }

        foreach (var sentence in turn.Sentences)
        {
            if ((Scope == PhraseScope.Question && !sentence.IsQuestion) || (Scope == PhraseScope.Statement && sentence.IsQuestion))
            {
                continue;
            }

            var text = Normalize(sentence.Text);
            if (Exclude.Any(x => x.IsMatch(text)))
            {
                continue;
            }

            if (FirstMatch(text) is { } m)
            {
                return (sentence.Start + m.Index, m.Length);
            }
        }

        return null;
    }

    private Match? FirstMatch(string text) =>
        Patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success);

    /// <summary>Curly apostrophes as straight ones, so one pattern covers both; the length stays the same.</summary>
    internal static string Normalize(string text) => text.Replace('’', '\'').Replace('‘', '\'');
}

/// <summary>A condition on the other speaker's turn just before: one pattern matches and no exclusion does.</summary>
public sealed record PhraseContext(IReadOnlyList<Regex> Patterns, IReadOnlyList<Regex> Exclude)
{
    public bool Holds(TurnView previous)
    {
        var text = PhraseRule.Normalize(previous.Spoken);
        return Patterns.Any(p => p.IsMatch(text)) && !Exclude.Any(x => x.IsMatch(text));
    }
}
