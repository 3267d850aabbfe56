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

    private TalkRules(string version, IReadOnlyList<TalkRule> rules, IReadOnlyDictionary<string, double> modelFloor, int echoWords)
    {
        EchoWords = echoWords;
        Version = version;
        Rules = rules;
        ModelFloor = modelFloor;
    }

    public static TalkRules Default => Embedded.Value;

    public string Version { get; }

    public IReadOnlyList<TalkRule> Rules { get; }

    /// <summary>
    /// The least probability at which the model alone may code advice or information, whatever threshold the
    /// training chose: on coaching language the model, trained on medical MI sessions, reads long explanations
    /// as advice, so it must be surer there than cross-validation on AnnoMI alone would ask.
    /// </summary>
    public IReadOnlyDictionary<string, double> ModelFloor { get; }

    /// <summary>
    /// A coach turn whose first sentence, at most this many words, gives back the client's own words is a
    /// reflection (<see cref="TalkFeatures.EchoesClient"/>); 0 turns the rule off.
    /// </summary>
    public int EchoWords { get; }

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
        var floor = file.ModelFloor ?? new Dictionary<string, double>();
        if (floor.Any(kv => kv.Value is < 0 or > 1))
        {
            throw new InvalidDataException("talk rules: a model floor is a probability between 0 and 1");
        }

        if (file.EchoWords is < 0 or > 40)
        {
            throw new InvalidDataException("talk rules: echoWords is a number of words from 0 to 40");
        }

        return new TalkRules(file.Version, rules, floor, file.EchoWords ?? 0);
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

    private sealed record RuleFile(string Version, string Source, string? Lead, string? QuestionLead, Dictionary<string, double>? ModelFloor, int? EchoWords, RuleEntry[]? Rules);
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
