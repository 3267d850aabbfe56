namespace CoachLens.Scoring;

/// <summary>A quote from one turn that supports a judgement, with the turn's start time when known.</summary>
public sealed record Evidence(int Turn, string Quote, double? Start);
