using System.Globalization;
using System.Text;

namespace CoachLens.Evaluation;

/// <summary>The scorecard as a plain-text table, laid out like ../shared/tools/score_behaviors.py prints it.</summary>
public static class ScorecardText
{
    public static string Format(Scorecard card)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"label",-16} {"P",6} {"R",6} {"F1",6} {"n",6}\n");
        foreach (var c in card.Codes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.Code,-16} {Scorecard.Round(c.Precision),6:F3} {Scorecard.Round(c.Recall),6:F3} {Scorecard.Round(c.F1),6:F3} {c.Support,6}\n");
        }

        if (card.Misaligned.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"transcripts with unmatched turns: {card.Misaligned.Count} ({string.Join(", ", card.Misaligned.Take(5))}...)\n");
        }

        var turns = card.ScoredClientTurns > 0
            ? $"{card.ScoredCoachTurns} coach turns and {card.ScoredClientTurns} client turns"
            : $"{card.ScoredCoachTurns} coach turns";
        text.Append(CultureInfo.InvariantCulture, $"macro_f1 {card.MacroF1:F3} over {turns}\n");
        return text.ToString();
    }
}
