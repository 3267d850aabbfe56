using System.Globalization;
using CoachLens.Rubrics;

namespace CoachLens.Scoring;

/// <summary>The scoring stage: turns detected behaviors into a judgement for each of the rubric's markers.</summary>
public sealed class MarkerScorer(Rubric rubric, MarkerRules rules)
{
    public IReadOnlyList<MarkerResult> Judge(ScoringContext context) =>
        rubric.Markers.Select(m => JudgeOne(m, context)).ToArray();

    public IReadOnlyList<CompetencySummary> Summarize(IReadOnlyList<MarkerResult> markers) =>
        rubric.Competencies.Select(c =>
        {
            var own = markers.Where(m => m.Competency == c.Id).ToList();
            var assessable = own.Count(m => m.Status != MarkerStatus.NotAssessable);
            var observed = own.Count(m => m.Status == MarkerStatus.Observed);
            var summary = own.Count == 0
                ? "No PCC markers: evidenced through the other competencies' markers and the session as a whole."
                : string.Create(CultureInfo.InvariantCulture, $"{observed} of {assessable} assessable markers observed, {own.Count(m => m.Status == MarkerStatus.Partial)} partly.");
            return new CompetencySummary(c.Id, c.Name, observed, assessable, summary);
        }).ToArray();

    private MarkerResult JudgeOne(Marker marker, ScoringContext context)
    {
        var rule = rules.For(marker.Id);
        try
        {
            return rule.Kind == "computed"
                ? ComputedMarkers.Judge(rule, marker.Competency, context)
                : CueMarkers.Judge(rule, marker.Competency, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failing rule must not take the report down; it is reported as not assessed.
            return new MarkerResult(marker.Id, marker.Competency, MarkerStatus.NotAssessable, 0, [], $"Not assessed: the rule failed ({ex.GetType().Name}).");
        }
    }
}
