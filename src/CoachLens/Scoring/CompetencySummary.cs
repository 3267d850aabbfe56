namespace CoachLens.Scoring;

/// <summary>How much of a competency's markers the session shows.</summary>
public sealed record CompetencySummary(string Id, string Name, int Observed, int Assessable, string Summary);
