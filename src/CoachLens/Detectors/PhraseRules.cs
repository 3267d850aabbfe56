using System.Text.Json;
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
        if (string.IsNullOrWhiteSpace(file.Version) || file.Rules is null)
        {
            throw new InvalidDataException("phrase rules need a \"version\" and \"rules\"");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = file.Rules.Select((r, i) =>
        {
            var id = string.IsNullOrWhiteSpace(r.Id) ? $"{r.Code}#{i}" : r.Id;
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"phrase rule id '{id}' appears twice");
            }

            if (!Detection.Behaviors.All.Contains(r.Code))
            {
                throw new InvalidDataException($"phrase rule '{id}' names unknown behavior code '{r.Code}'");
            }

            if (r.Role is not ("coach" or "client"))
            {
                throw new InvalidDataException($"phrase rule '{id}' has role '{r.Role}' (coach|client)");
            }

            if (string.IsNullOrWhiteSpace(r.Source))
            {
                throw new InvalidDataException($"phrase rule '{id}' does not say where it came from (\"source\")");
            }

            if (r.Patterns is not { Count: > 0 })
            {
                throw new InvalidDataException($"phrase rule '{id}' has no patterns");
            }

            var scope = r.In switch
            {
                null or "any" => PhraseScope.Any,
                "question" => PhraseScope.Question,
                "statement" => PhraseScope.Statement,
                "turn" => PhraseScope.Turn,
                _ => throw new InvalidDataException($"phrase rule '{id}' has \"in\": '{r.In}' (any|question|statement|turn)"),
            };
            var after = r.After is null
                ? null
                : new PhraseContext(Compile(r.After.Patterns ?? throw new InvalidDataException($"phrase rule '{id}': \"after\" needs patterns")), Compile(r.After.Exclude));
            return new PhraseRule(id, r.Code, r.Role, scope, Compile(r.Patterns), Compile(r.Exclude), Compile(r.ExcludeTurn), after, r.MaxWords, r.Source);
        }).ToArray();
        return new PhraseRuleSet(file.Version, rules);
    }

    /// <summary>
    /// One regular expression for a list of patterns (an alternation), so a sentence is scanned once per rule rather
    /// than once per pattern; each pattern is checked alone first so that a bad one is named.
    /// </summary>
    private static Regex[] Compile(IReadOnlyList<string>? patterns)
    {
        if (patterns is not { Count: > 0 })
        {
            return [];
        }

        foreach (var p in patterns)
        {
            try
            {
                _ = new Regex(p, Options);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"phrase rule pattern does not compile: {p} ({ex.Message})", ex);
            }
        }

        return [new Regex(Join(patterns), Options, TimeSpan.FromSeconds(1))];
    }

    private static string Join(IEnumerable<string> patterns) => string.Join("|", patterns.Select(p => "(?:" + p + ")"));



    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private sealed record RuleFile(string Version, IReadOnlyList<RuleEntry>? Rules);

    private sealed record RuleEntry(
        string? Id,
        string Code,
        string Role,
        string? In,
        IReadOnlyList<string>? Patterns,
        IReadOnlyList<string>? Exclude,
        IReadOnlyList<string>? ExcludeTurn,
        ContextEntry? After,
        int? MaxWords,
        string Source);

    private sealed record ContextEntry(IReadOnlyList<string>? Patterns, IReadOnlyList<string>? Exclude);
}

/// <summary>A versioned set of phrase rules.</summary>
public sealed record PhraseRuleSet(string Version, IReadOnlyList<PhraseRule> Rules);
