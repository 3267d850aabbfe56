namespace CoachLens.Trust;

/// <summary>
/// A client turn on the openness trajectory: its own score (0 closed – 1 open), the smoothed trend up to and
/// including it, and the signals that moved the score.
/// </summary>
public sealed record OpennessPoint(int Turn, double Openness, double Smoothed, IReadOnlyList<string> Signals);
