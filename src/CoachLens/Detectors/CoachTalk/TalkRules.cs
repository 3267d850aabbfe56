using System.Text.Json;
using System.Text.RegularExpressions;
using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// Unmistakable forms of open questions, advice and information (Detectors/CoachTalk/Data/talk-rules.data.json), matched per
/// sentence of a coach turn's spoken words. They fire alongside the model: where the model was trained on too
/// few examples of a form ("If I were you…"), the rule still codes it. Patterns are compiled once at load.
/// </summary>
public sealed class TalkRules
{
    private static readonly Lazy<TalkRules> Embedded = new(() =>
    {
        using var stream = typeof(TalkRules).Assembly.GetManifestResourceStream("CoachLens.Detectors/CoachTalk/Data/talk-rules.data.json")
            ?? throw new InvalidDataException("the talk rules are not embedded");
        return Parse(stream);
    });

    private TalkRules(string version, IReadOnlyList<TalkRule> rules)
    {
        Version = version;
        Rules = rules;
    }

    public static TalkRules Default => Embedded.Value;

    public string Version { get; }

    public IReadOnlyList<TalkRule> Rules { get; }

    /// <summary>The first sentence a rule for <paramref name="code"/> matches, or null.</summary>
    public Sentence? Match(string code, IReadOnlyList<Sentence> sentences)
    {
        foreach (var rule in Rules)
        {
            if (rule.Code != code)
            {
                continue;
            }

            foreach (var s in sentences)
            {
                if (rule.Applies(s) && rule.Matches(s.Text))
                {
                    return s;
                }
            }
        }

        return null;
    }

    public static TalkRules Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("the talk rules are empty");
        if (string.IsNullOrWhiteSpace(file.Version) || string.IsNullOrWhiteSpace(file.Source))
        {
            throw new InvalidDataException("the talk rules need a version and a source");
        }

        var rules = (file.Rules ?? []).Select(r =>
        {
            if (r.Code is not (Detection.Behaviors.Advice or Detection.Behaviors.Information or Detection.Behaviors.OpenQuestion))
            {
                throw new InvalidDataException($"talk rule for '{r.Code}': only open_question, advice and information are coded by rules");
            }

            if (r.Sentences is not ("statements" or "questions" or "all"))
            {
                throw new InvalidDataException($"talk rule for '{r.Code}' applies to '{r.Sentences}' (statements|questions|all)");
            }

            return new TalkRule(
                r.Code,
                r.Sentences,
                (r.Patterns ?? []).Select(p => Compile(p
                    .Replace("{lead}", file.Lead ?? string.Empty, StringComparison.Ordinal)
                    .Replace("{questionLead}", file.QuestionLead ?? string.Empty, StringComparison.Ordinal))).ToArray(),
                (r.Exclude ?? []).Select(Compile).ToArray());
        }).ToArray();
        return new TalkRules(file.Version, rules);
    }

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"talk rule pattern '{pattern}' is not a valid regular expression: {ex.Message}", ex);
        }
    }

    private sealed record RuleEntry(string Code, string Sentences, string[]? Patterns, string[]? Exclude);

    private sealed record RuleFile(string Version, string Source, string? Lead, string? QuestionLead, RuleEntry[]? Rules);
}

/// <summary>One rule: the code, which sentences it reads, the patterns that fire it and the exclusions that block it.</summary>
public sealed record TalkRule(string Code, string Sentences, IReadOnlyList<Regex> Patterns, IReadOnlyList<Regex> Exclude)
{
    public bool Applies(Sentence s) => Sentences == "all" || (Sentences == "questions") == s.IsQuestion;

    public bool Matches(string sentence)
    {
        var text = sentence.Replace('’', '\'');
        return Patterns.Any(p => p.IsMatch(text)) && !Exclude.Any(x => x.IsMatch(text));
    }
}
