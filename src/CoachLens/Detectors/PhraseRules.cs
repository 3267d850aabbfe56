using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CoachLens.Detectors;

/// <summary>Loads the phrase rules (Detectors/Data/phrases.data.json) and checks them at load.</summary>
public static class PhraseRules
{
    private static readonly Lazy<PhraseRuleSet> Embedded = new(() =>
    {
        using var stream = typeof(PhraseRules).Assembly.GetManifestResourceStream("CoachLens.Detectors/Data/phrases.data.json")
            ?? throw new InvalidDataException("phrase rules are not embedded");
        return Parse(stream);
    });

    public static PhraseRuleSet Default => Embedded.Value;

    public static PhraseRuleSet Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("phrase rules are empty");
        var rules = file.Rules.Select(r =>
        {
            if (!Detection.Behaviors.All.Contains(r.Code))
            {
                throw new InvalidDataException($"phrase rule names unknown behavior code '{r.Code}'");
            }

            if (r.Role is not ("coach" or "client"))
            {
                throw new InvalidDataException($"phrase rule for '{r.Code}' has role '{r.Role}' (coach|client)");
            }

            return new PhraseRule(r.Code, r.Role, r.Patterns.Select(Compile).ToArray(), (r.Exclude ?? []).Select(Compile).ToArray(), r.Source);
        }).ToArray();
        return new PhraseRuleSet(file.Version, rules);
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private sealed record RuleFile(string Version, IReadOnlyList<RuleEntry> Rules);

    private sealed record RuleEntry(
        string Code,
        string Role,
        IReadOnlyList<string> Patterns,
        [property: JsonPropertyName("exclude")] IReadOnlyList<string>? Exclude,
        string Source);
}

/// <summary>A versioned set of phrase rules.</summary>
public sealed record PhraseRuleSet(string Version, IReadOnlyList<PhraseRule> Rules);
