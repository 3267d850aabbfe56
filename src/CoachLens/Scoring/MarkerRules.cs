using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoachLens.Scoring;

/// <summary>The marker rules and thresholds, loaded from embedded data and checked at load.</summary>
public sealed record MarkerRules(string Version, ScoringThresholds Thresholds, QualityCap QualityCap, IReadOnlyList<MarkerRule> Rules)
{
    private static readonly Lazy<MarkerRules> Embedded = new(() =>
    {
        using var stream = typeof(MarkerRules).Assembly.GetManifestResourceStream("CoachLens.Scoring/Data/marker-rules.data.json")
            ?? throw new InvalidDataException("marker rules are not embedded");
        return Parse(stream);
    });

    public static MarkerRules Default => Embedded.Value;

    public static MarkerRules Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("marker rules are empty");
        var rules = file.Rules.Select(r =>
        {
            if (r.Kind is not ("cue" or "computed"))
            {
                throw new InvalidDataException($"marker rule {r.Marker} has kind '{r.Kind}' (cue|computed)");
            }

            if (r.Kind == "cue" && (r.Codes ?? []).Count == 0 && (r.Patterns ?? []).Count == 0)
            {
                throw new InvalidDataException($"cue rule {r.Marker} has neither codes nor patterns");
            }

            var unknown = (r.Codes ?? []).Concat(r.AfterClientCodes ?? []).FirstOrDefault(c => !Detection.Behaviors.All.Contains(c));
            if (unknown is not null)
            {
                throw new InvalidDataException($"marker rule {r.Marker} names unknown behavior code '{unknown}'");
            }

            return new MarkerRule(
                r.Marker,
                r.Kind,
                r.Window ?? "any",
                r.Codes ?? [],
                (r.Patterns ?? []).Select(Compile).ToArray(),
                r.AfterClientCodes ?? [],
                (r.PartialPatterns ?? []).Select(Compile).ToArray(),
                (r.ExcludePatterns ?? []).Select(Compile).ToArray(),
                r.Echo ?? false,
                r.Require == "all",
                r.MinCount ?? 1,
                r.Found,
                r.Missing);
        }).ToArray();
        return new MarkerRules(file.Version, file.Thresholds, file.QualityCap, rules);
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public MarkerRule For(string marker) =>
        Rules.FirstOrDefault(r => r.Marker == marker) ?? throw new KeyNotFoundException($"no rule for marker {marker}");

    private sealed record RuleFile(string Version, ScoringThresholds Thresholds, QualityCap QualityCap, IReadOnlyList<RuleEntry> Rules);

    private sealed record RuleEntry(
        string Marker,
        string Kind,
        string? Window,
        IReadOnlyList<string>? Codes,
        IReadOnlyList<string>? Patterns,
        IReadOnlyList<string>? AfterClientCodes,
        IReadOnlyList<string>? PartialPatterns,
        IReadOnlyList<string>? ExcludePatterns,
        bool? Echo,
        string? Require,
        int? MinCount,
        string Found,
        string Missing);
}
