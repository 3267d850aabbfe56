namespace CoachLens.Evaluation;

/// <summary>
/// The result of an evaluation: one score per code, the macro F1 (the mean of the per-code F1 values, each
/// rounded to three decimals first, as ../shared/tools/score_behaviors.py does), and the turns that were scored.
/// </summary>
public sealed record Scorecard(IReadOnlyList<CodeScore> Codes, int ScoredCoachTurns, int ScoredClientTurns, IReadOnlyList<string> Misaligned)
{
    public double MacroF1 => Codes.Count == 0 ? 0 : Round(Codes.Average(c => Round(c.F1)));

    public CodeScore this[string code] => Codes.First(c => c.Code == code);

    /// <summary>Rounds half to even at three decimals, like Python's round().</summary>
    public static double Round(double value) => Math.Round(value, 3, MidpointRounding.ToEven);
}
