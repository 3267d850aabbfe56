namespace CoachLens.Scoring;

/// <summary>The four statuses a marker judgement can have.</summary>
public static class MarkerStatus
{
    public const string Observed = "observed";
    public const string Partial = "partial";
    public const string NotObserved = "not_observed";
    public const string NotAssessable = "not_assessable";
}
