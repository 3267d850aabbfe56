using System.Globalization;
using CoachLens.Rubrics;

namespace CoachLens.Scoring;

/// <summary>The scoring stage: turns detected behaviors into a judgement for each of the rubric's markers.</summary>
public sealed class MarkerScorer(Rubric rubric, MarkerRules rules)
{
    public IReadOnlyList<MarkerResult> Judge(ScoringContext context)
    {
        var cap = rules.QualityCap;
        var breakers = TrustBreakerTurns(context, cap);
        return rubric.Markers.Select(m => JudgeOne(m, context)).Select(r =>
            breakers >= cap.MinTurns && r.Status == MarkerStatus.Observed && cap.Markers.Contains(r.Id)
                ? r with { Status = MarkerStatus.Partial, Confidence = 0.5, Rationale = $"{r.Rationale} Counted as partial: {cap.Note}" }
                : r).ToArray();
    }

    /// <summary>Coach turns that judge, interrupt, minimize or lead: the pattern an assessor discounts.</summary>
    public static int TrustBreakerTurns(ScoringContext context, QualityCap cap) =>
        cap.BreakerCodes.SelectMany(context.Detection.TurnsWith).Distinct().Count();

    /// <summary>Markers through which ICF evidences competency 2, which has none of its own.</summary>
    public static readonly IReadOnlyList<string> MindsetMarkers = ["4.1", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "6.1", "6.5", "7.1", "7.5"];

    public IReadOnlyList<CompetencySummary> Summarize(IReadOnlyList<MarkerResult> markers, EthicsSignals ethics) =>
        rubric.Competencies.Select(c => c.Id switch
        {
            "1" => Ethics(c, ethics),
            "2" => Summary(c, markers.Where(m => MindsetMarkers.Contains(m.Id)).ToList(), "Evidenced through markers 4.1, 4.3, 4.4, 5.1–5.4, 6.1, 6.5, 7.1 and 7.5: "),
            _ => Summary(c, markers.Where(m => m.Competency == c.Id).ToList(), string.Empty),
        }).ToArray();

    private static CompetencySummary Summary(Competency c, List<MarkerResult> own, string prefix)
    {
        var assessable = own.Count(m => m.Status != MarkerStatus.NotAssessable);
        var observed = own.Count(m => m.Status == MarkerStatus.Observed);
        var partial = own.Count(m => m.Status == MarkerStatus.Partial);
        var missing = own.Where(m => m.Status == MarkerStatus.NotObserved).Select(m => m.Id).ToList();
        var text = string.Create(CultureInfo.InvariantCulture, $"{prefix}{observed} of {assessable} assessable markers observed, {partial} partly.");
        if (missing.Count > 0)
        {
            text += $" Not seen: {string.Join(", ", missing)}.";
        }

        return new CompetencySummary(c.Id, c.Name, observed, assessable, text);
    }

    private static CompetencySummary Ethics(Competency c, EthicsSignals e)
    {
        var concerns = new List<string>();
        if (e.RiskWithoutReferral)
        {
            concerns.Add($"the client showed risk cues (turn {e.RiskTurns[0]}) with no referral");
        }

        if (e.ConsultingMode)
        {
            concerns.Add(string.Create(CultureInfo.InvariantCulture, $"consulting mode (advice in {e.AdviceTurns} coach turns, {e.AdviceShare:P0})"));
        }

        if (e.TherapyMode)
        {
            concerns.Add($"therapy mode ({e.TherapyTurns.Count} past- or diagnosis-focused turns)");
        }

        if (e.ConfidentialitySlips.Count > 0)
        {
            concerns.Add($"possible confidentiality slips (turns {string.Join(", ", e.ConfidentialitySlips)})");
        }

        var text = concerns.Count == 0
            ? "No ethics concerns found: the coach stayed in the coaching role" + (e.ReferralTurns.Count > 0 ? " and referred when the client needed more than coaching." : ".")
            : "Ethics concerns: " + string.Join("; ", concerns) + ".";
        return new CompetencySummary(c.Id, c.Name, concerns.Count == 0 ? 1 : 0, 1, text);
    }

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
