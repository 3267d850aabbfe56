namespace CoachLens.Exam.Forms;

/// <summary>
/// The content weights of ICF's Credentialing Exam as published (../shared/DOMAIN.md): Ethics 13%, Mindset 12%,
/// Agreements 12%, Trust and Safety 13%, Presence 13%; the remaining 37% is shared equally by Listening,
/// Evoking and Growth. The ACC form uses the same weights so both forms cover the model alike.
/// </summary>
public static class TopicWeights
{
    private static readonly double[] Weights = [0.13, 0.12, 0.12, 0.13, 0.13, 0.37 / 3, 0.37 / 3, 0.37 / 3];

    public static double Of(int competency) => Weights[competency - 1];

    /// <summary>Items per competency for a form of <paramref name="total"/> items, by the largest-remainder method (ties go to the lower competency number).</summary>
    public static IReadOnlyDictionary<int, int> Quotas(int total)
    {
        var exact = Weights.Select((w, i) => (Competency: i + 1, Value: w * total)).ToList();
        var quotas = exact.ToDictionary(e => e.Competency, e => (int)Math.Floor(e.Value));
        var left = total - quotas.Values.Sum();
        foreach (var e in exact.OrderByDescending(e => Math.Round(e.Value - Math.Floor(e.Value), 9)).ThenBy(e => e.Competency).Take(left))
        {
            quotas[e.Competency]++;
        }

        return quotas;
    }
}
