namespace CoachLens.Evaluation;

/// <summary>A turn as the analysis saw it: its text and the behavior codes it was given.</summary>
public sealed record PredictedTurn(string Text, IReadOnlyList<string> Codes);
