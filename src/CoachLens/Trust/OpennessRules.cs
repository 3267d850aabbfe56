namespace CoachLens.Trust;

/// <summary>How a client turn's openness is scored (Trust/Data/openness.data.json).</summary>
/// <param name="Base">The score of a turn with no signal at the client's usual length.</param>
/// <param name="Smoothing">Weight of the newest turn in the smoothed trajectory (exponential moving average).</param>
/// <param name="LengthWeight">Weight per doubling of words against the client's own median turn.</param>
/// <param name="FirstPersonFullShare">Share of first-person words that earns the full first-person weight.</param>
/// <param name="DensityWords">Negative signals count fully up to this many words and proportionally less in longer turns.</param>
/// <param name="FirstPersonFullWords">Turn length from which first-person depth counts fully; shorter turns earn less.</param>
public sealed record OpennessRules(
    string Version,
    double Base,
    double Smoothing,
    double LengthWeight,
    double LengthClip,
    double FirstPersonWeight,
    double FirstPersonFullShare,
    int FirstPersonFullWords,
    IReadOnlySet<string> FirstPersonWords,
    Cue Guarded,
    int GuardedMaxWords,
    int DensityWords,
    IReadOnlyList<Cue> Signals);
