using System.Text.Json;
using System.Text.RegularExpressions;
using CoachLens.Detection;

namespace CoachLens.Trust;

/// <summary>
/// Parses the trust data files and checks them: every entry has a source, every code is in the behavior
/// vocabulary, every pattern compiles, every breaker a move names has a why. A broken file fails at load.
/// </summary>
public static class TrustDataLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static OpennessRules Openness(Stream json)
    {
        var f = Read<OpennessFile>(json, "openness");
        var guarded = ToCue(f.Guarded, "openness guarded");
        return new OpennessRules(
            Need(f.Version, "openness version"),
            f.Base,
            f.Smoothing is > 0 and <= 1 ? f.Smoothing : throw new InvalidDataException("openness smoothing must be in (0, 1]"),
            f.Length.Weight,
            f.Length.Clip,
            f.FirstPerson.Weight,
            f.FirstPerson.FullShare,
            f.FirstPerson.FullWords,
            f.FirstPerson.Words.ToHashSet(StringComparer.Ordinal),
            guarded,
            f.Guarded.MaxWords ?? 6,
            f.DensityWords > 0 ? f.DensityWords : throw new InvalidDataException("openness densityWords must be positive"),
            f.Signals.Select(s => ToCue(s, "openness signal")).ToArray());
    }

    public static MoveRules Moves(Stream json)
    {
        var f = Read<MovesFile>(json, "coach-moves");
        var breakers = f.Breakers.Select(b => new BreakerKind(Need(b.Kind, "breaker kind"), Need(b.Source, $"breaker {b.Kind} source"))).ToArray();
        var moves = f.Moves.Select(m =>
        {
            var cue = ToCue(m, "coach move");
            if (m.Effect is not ("opening" or "closing"))
            {
                throw new InvalidDataException($"coach move {cue.Id} has effect '{m.Effect}' (opening|closing)");
            }

            if (m.Breaker is { } b && breakers.All(k => k.Kind != b))
            {
                throw new InvalidDataException($"coach move {cue.Id} names breaker '{b}' that is not listed");
            }

            return new CoachMove(cue, m.Effect == "opening", m.Breaker);
        }).ToArray();
        var t = f.Moments;
        return new MoveRules(
            Need(f.Version, "coach-moves version"),
            t,
            f.EarlyAdvice.MinExploringTurns,
            moves,
            ToCue(f.Redirect with { Id = "redirect" }, "redirect"),
            ToCue(f.SoftRedirect with { Id = "soft_redirect" }, "softRedirect"),
            ToCue(f.EmotionalCue with { Id = "emotional_cue" }, "emotionalCue"),
            (f.EmotionalCue.IgnoreFeelings ?? []).ToHashSet(StringComparer.Ordinal),
            ToCue(f.Relabels with { Id = "relabel" }, "relabels"),
            f.Repair.Elements.Select(e => ToCue(e, "repair element")).ToArray(),
            breakers);
    }

    public static ContractingRules Contracting(Stream json)
    {
        var f = Read<ContractingFile>(json, "contracting");
        return new ContractingRules(
            Need(f.Version, "contracting version"),
            ToCue(f.FirstSession with { Id = "first_session" }, "firstSession"),
            f.Topics.Select(t => ToCue(t, "contracting topic")).ToArray());
    }

    public static RiskRules Risk(Stream json)
    {
        var f = Read<RiskFile>(json, "risk-cues");
        var cues = f.Cues.Select(c => ToCue(c, "risk cue")).ToArray();
        var responses = f.Responses.Select(c => ToCue(c, "risk response")).ToArray();
        var context = f.Context ?? throw new InvalidDataException("risk-cues context is missing");
        return new RiskRules(
            Need(f.Version, "risk-cues version"),
            cues,
            responses,
            context.Concerns.Select(c => ToCue(c, "risk concern")).ToArray(),
            ToCue(context.Durations with { Id = "duration" }, "risk durations"),
            ToCue(context.DurationQuestion with { Id = "duration_question" }, "risk durationQuestion"),
            ToCue(context.ClearNo with { Id = "clear_no" }, "risk clearNo"),
            ToCue(context.SafetyQuestion with { Id = "safety_question" }, "risk safetyQuestion"),
            ToCue(context.Hypothetical with { Id = "hypothetical" }, "risk hypothetical"),
            ToCue(context.LimitsReply with { Id = "limits_reply" }, "risk limitsReply"));
    }

    private static T Read<T>(Stream json, string what)
    {
        using (json)
        {
            try
            {
                return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{what} data is empty");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{what} data is not valid ({ex.Message})", ex);
            }
        }
    }

    private static Cue ToCue(CueEntry e, string what)
    {
        var id = Need(e.Id, $"{what} id");
        var codes = e.Codes ?? [];
        var unknown = codes.FirstOrDefault(c => !Behaviors.All.Contains(c));
        if (unknown is not null)
        {
            throw new InvalidDataException($"{what} {id} names unknown behavior code '{unknown}'");
        }

        if (codes.Count == 0 && (e.Patterns ?? []).Count == 0 && what != "coach move")
        {
            throw new InvalidDataException($"{what} {id} has neither codes nor patterns");
        }

        return new Cue(
            id,
            e.Label ?? id.Replace('_', ' '),
            codes,
            (e.Patterns ?? []).Select(p => Compile(p, id)).ToArray(),
            (e.Exclude ?? []).Select(p => Compile(p, id)).ToArray(),
            e.Weight ?? 0,
            e.Cap ?? 0,
            Need(e.Source, $"{what} {id} source"))
        {
            Also = (e.Also ?? []).Select(p => Compile(p, id)).ToArray(),
        };
    }

    private static Regex Compile(string pattern, string id)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"pattern of {id} does not compile: {pattern}", ex);
        }
    }

    private static string Need(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{what} is missing") : value;

    private sealed record CueEntry(
        string? Id,
        string? Label,
        string? Effect,
        string? Breaker,
        IReadOnlyList<string>? Codes,
        IReadOnlyList<string>? Patterns,
        IReadOnlyList<string>? Exclude,
        IReadOnlyList<string>? Also,
        double? Weight,
        int? Cap,
        int? MaxWords,
        IReadOnlyList<string>? IgnoreFeelings,
        string? Source);

    private sealed record LengthEntry(double Weight, double Clip);

    private sealed record FirstPersonEntry(double Weight, double FullShare, int FullWords, IReadOnlyList<string> Words);

    private sealed record OpennessFile(string? Version, double Base, double Smoothing, int DensityWords, LengthEntry Length, FirstPersonEntry FirstPerson, CueEntry Guarded, IReadOnlyList<CueEntry> Signals);

    private sealed record EarlyAdviceEntry(int MinExploringTurns);

    private sealed record RepairEntry(IReadOnlyList<CueEntry> Elements);

    private sealed record BreakerEntry(string? Kind, string? Source);

    private sealed record MovesFile(
        string? Version,
        MomentThresholds Moments,
        EarlyAdviceEntry EarlyAdvice,
        IReadOnlyList<CueEntry> Moves,
        CueEntry Redirect,
        CueEntry SoftRedirect,
        CueEntry EmotionalCue,
        CueEntry Relabels,
        RepairEntry Repair,
        IReadOnlyList<BreakerEntry> Breakers);

    private sealed record ContractingFile(string? Version, CueEntry FirstSession, IReadOnlyList<CueEntry> Topics);

    private sealed record RiskContextEntry(IReadOnlyList<CueEntry> Concerns, CueEntry Durations, CueEntry DurationQuestion, CueEntry ClearNo, CueEntry SafetyQuestion, CueEntry Hypothetical, CueEntry LimitsReply);

    private sealed record RiskFile(string? Version, IReadOnlyList<CueEntry> Cues, IReadOnlyList<CueEntry> Responses, RiskContextEntry? Context);
}
