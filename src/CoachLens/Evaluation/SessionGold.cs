using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachLens.Evaluation;

/// <summary>An expert's judgement of one marker in a gold file.</summary>
public sealed record GoldMarker(string Status, IReadOnlyList<int> Turns, string? Note);

/// <summary>A gold trust moment: a client turn where openness clearly rose or fell (or a repair or risk turn).</summary>
public sealed record GoldMoment(int Turn, string Kind, int? CauseTurn);

/// <summary>A gold trust-breaker: a coach turn and the kind of breaker it carries.</summary>
public sealed record GoldBreaker(int Turn, string Kind);

/// <summary>
/// The gold trust annotations of a session. Trust-breakers and contracting are optional in older gold files;
/// contracting maps confidentiality, roles, coachingVsTherapyConsulting and logistics to covered or not.
/// </summary>
public sealed record GoldTrust(
    IReadOnlyList<GoldMoment> Moments,
    IReadOnlyList<int> RiskCues,
    bool Referral,
    IReadOnlyList<GoldBreaker>? TrustBreakers = null,
    IReadOnlyDictionary<string, bool>? Contracting = null);

/// <summary>
/// A session's gold file (tests/data/sessions/*.gold.json): the level it was written to show and the
/// status of all 37 markers, plus trust moments and risk cues where given.
/// </summary>
public sealed record SessionGold(
    string Session,
    string Level,
    string? Description,
    IReadOnlyDictionary<string, GoldMarker> Markers,
    GoldTrust? Trust)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static SessionGold Parse(string json, string source)
    {
        try
        {
            var gold = JsonSerializer.Deserialize<SessionGold>(json, Options) ?? throw new InvalidDataException($"{source}: empty gold file");
            return gold.Markers is null ? throw new InvalidDataException($"{source}: no markers") : gold;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not a valid gold file ({ex.Message})", ex);
        }
    }
}
