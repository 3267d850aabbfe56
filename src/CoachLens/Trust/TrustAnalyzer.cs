using CoachLens.Rubrics;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Builds the Trust and Safety view from a scored session: openness per client turn and its trend, the
/// moments where it rose or fell and the coach move before, trust-breakers, repairs, the contracting check,
/// the referral view and the Competency 4 notes. Pure: no I/O, the same session gives the same view.
/// </summary>
public sealed class TrustAnalyzer(TrustRules rules, Rubric rubric)
{
    public static TrustAnalyzer Default { get; } = new(TrustRules.Default, RubricLoader.Default);

    public TrustReport Analyze(ScoringContext context, IReadOnlyList<MarkerResult> markers)
    {
        var moves = new MoveReader(rules, context);
        var trajectory = new OpennessScorer(rules.Openness).Trajectory(context.ClientTurns);
        var found = new TrustBreakerFinder(moves, context).Find();
        var repairs = new RepairFinder(moves, context, rules.Moves.Moments.RiseMin).Find(found, trajectory);

        // A repair names the misstep in the coach's own words ("I told you it'd be fine"); those words are not a new one.
        var breakers = found.Where(b => repairs.All(r => r.Turn != b.Turn)).ToList();
        var referral = new ReferralChecker(rules.Risk, moves, context).Check();
        var moments = new MomentFinder(moves, rules.Moves.Moments).Find(
            trajectory,
            repairs,
            referral.RiskCues,
            t => context.Turns[t].Turn.Start,
            (t, move) => moves.Quote(t, move).Quote);
        var contracting = new ContractingChecker(rules.Contracting, moves, context).Check();
        var competency4 = new Competency4Notes(rubric, markers, moves, context).Build(breakers, repairs);
        var summary = TrustSummary.Write(trajectory, moments, breakers, repairs, contracting, referral);
        return new TrustReport(rules.Version, summary, trajectory, moments, breakers, repairs, contracting, referral, competency4);
    }
}
