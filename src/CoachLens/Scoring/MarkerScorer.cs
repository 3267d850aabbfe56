using CoachLens.Localization;
using CoachLens.Rubrics;

namespace CoachLens.Scoring;

/// <summary>The scoring stage: turns detected behaviors into a judgement for each of the rubric's markers.</summary>
public sealed class MarkerScorer(Rubric rubric, MarkerRules rules)
{
    private readonly Texts texts = Texts.For(rubric.Language);

    public IReadOnlyList<MarkerResult> Judge(ScoringContext context)
    {
        var cap = rules.QualityCap;
        var breakers = TrustBreakerTurns(context, cap);
        return rubric.Markers.Select(m => JudgeOne(m, context)).Select(r =>
            breakers >= cap.MinTurns && r.Status == MarkerStatus.Observed && cap.Markers.Contains(r.Id)
                ? r with { Status = MarkerStatus.Partial, Confidence = 0.5, Rationale = context.Texts.Format("scorer.capped", ("rationale", r.Rationale), ("note", cap.Note)) }
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
            "2" => Summary(c, markers.Where(m => MindsetMarkers.Contains(m.Id)).ToList(), texts["summary.mindsetPrefix"]),
            _ => Summary(c, markers.Where(m => m.Competency == c.Id).ToList(), string.Empty),
        }).ToArray();

    private CompetencySummary Summary(Competency c, List<MarkerResult> own, string prefix)
    {
        var assessable = own.Count(m => m.Status != MarkerStatus.NotAssessable);
        var observed = own.Count(m => m.Status == MarkerStatus.Observed);
        var partial = own.Count(m => m.Status == MarkerStatus.Partial);
        var missing = own.Where(m => m.Status == MarkerStatus.NotObserved).Select(m => m.Id).ToList();
        var text = prefix + texts.Format("summary.counts", ("observed", observed), ("assessable", assessable), ("partial", partial));
        if (missing.Count > 0)
        {
            text += texts.Format("summary.notSeen", ("ids", string.Join(", ", missing)));
        }

        return new CompetencySummary(c.Id, c.Name, observed, assessable, text);
    }

    private CompetencySummary Ethics(Competency c, EthicsSignals e)
    {
        var concerns = new List<string>();
        if (e.RiskWithoutReferral)
        {
            concerns.Add(texts.Format("ethics.risk", ("turn", e.RiskTurns[0])));
        }

        if (e.ConsultingMode)
        {
            concerns.Add(texts.Format("ethics.consulting", ("advice", e.AdviceTurns), ("share", texts.Percent(e.AdviceShare))));
        }

        if (e.TherapyMode)
        {
            concerns.Add(texts.Format("ethics.therapy", ("count", e.TherapyTurns.Count)));
        }

        if (e.ConfidentialitySlips.Count > 0)
        {
            concerns.Add(texts.Format("ethics.slips", ("turns", string.Join(", ", e.ConfidentialitySlips))));
        }

        var text = concerns.Count == 0
            ? texts[e.ReferralTurns.Count > 0 ? "ethics.noneReferred" : "ethics.none"]
            : texts.Format("ethics.concerns", ("list", string.Join("; ", concerns)));
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
            return new MarkerResult(marker.Id, marker.Competency, MarkerStatus.NotAssessable, 0, [], texts.Format("scorer.ruleFailed", ("error", ex.GetType().Name)));
        }
    }
}
