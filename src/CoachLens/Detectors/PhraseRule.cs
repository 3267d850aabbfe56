using System.Text.RegularExpressions;

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
    public (int Start, int Length)? Match(PhraseText turn, PhraseText? previous)
    {
        if (MaxWords is { } max && turn.WordCount > max)
        {
            return null;
        }

        if (Scope == PhraseScope.Turn)
        {
            return !AnyMatch(ExcludeTurn, turn.Spoken) && !AnyMatch(Exclude, turn.Spoken) && ContextHolds(previous)
                && FirstMatch(turn.Spoken) is { } whole ? (whole.Index, whole.Length) : null;
        }

        foreach (var sentence in turn.Sentences)
        {
            if ((Scope == PhraseScope.Question && !sentence.IsQuestion) || (Scope == PhraseScope.Statement && sentence.IsQuestion))
            {
                continue;
            }

            // The pattern first: it is the most selective test, so most turns stop here.
            if (FirstMatch(sentence.Text) is not { } m || AnyMatch(Exclude, sentence.Text))
            {
                continue;
            }

            return !AnyMatch(ExcludeTurn, turn.Spoken) && ContextHolds(previous) ? (sentence.Start + m.Index, m.Length) : null;
        }

        return null;
    }

    private bool ContextHolds(PhraseText? previous) => After is null || (previous is not null && After.Holds(previous));

    private Match? FirstMatch(string text)
    {
        foreach (var pattern in Patterns)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                return m;
            }
        }

        return null;
    }

    internal static bool AnyMatch(IReadOnlyList<Regex> patterns, string text)
    {
        foreach (var p in patterns)
        {
            if (p.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A condition on the other speaker's turn just before: one pattern matches and no exclusion does.</summary>
public sealed record PhraseContext(IReadOnlyList<Regex> Patterns, IReadOnlyList<Regex> Exclude)
{
    public bool Holds(PhraseText previous) => PhraseRule.AnyMatch(Patterns, previous.Spoken) && !PhraseRule.AnyMatch(Exclude, previous.Spoken);
}
