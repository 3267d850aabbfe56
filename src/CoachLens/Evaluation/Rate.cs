namespace CoachLens.Evaluation;

/// <summary>Matched, missed and extra items, with recall and precision (1 when there is nothing to find or nothing found).</summary>
public sealed record Rate(int Matched, int Gold, int Found)
{
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public static Rate Sum(IEnumerable<Rate> rates)
    {
        var list = rates.ToList();
        return new Rate(list.Sum(r => r.Matched), list.Sum(r => r.Gold), list.Sum(r => r.Found));
    }
}
