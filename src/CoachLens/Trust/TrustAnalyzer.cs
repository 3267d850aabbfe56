using CoachLens.Localization;
using CoachLens.Rubrics;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Builds the Trust and Safety view from a scored session: openness per client turn and its trend, the
/// moments where it rose or fell and the coach move before, trust-breakers, repairs, the contracting check,
/// the referral view and the Competency 4 notes, in the rubric's language. Pure: no I/O, the same session gives the same view.
/// </summary>
public sealed class TrustAnalyzer(TrustRules rules, Rubric rubric)
{
    public static TrustAnalyzer Default { get; } = new(TrustRules.Default, RubricLoader.Default);

    public TrustReport Analyze(ScoringContext context, IReadOnlyList<MarkerResult> markers)
    {
        var words = new TrustWords(Texts.For(rubric.Language));
        var moves = new MoveReader(rules, context);
        var trajectory = new OpennessScorer(rules.Openness).Trajectory(context.ClientTurns);
        var found = new TrustBreakerFinder(moves, context, words).Find();
        var repairs = new RepairFinder(moves, context, rules.Moves.Moments.RiseMin, words).Find(found, trajectory);

        // A repair names the misstep in the coach's own words ("I told you it'd be fine"); those words are not a new one.
        var breakers = found.Where(b => repairs.All(r => r.Turn != b.Turn)).ToList();
        var referral = new ReferralChecker(rules.Risk, moves, context, words).Check();
        var moments = new MomentFinder(moves, rules.Moves.Moments, words).Find(
            trajectory,
            repairs,
            referral.RiskCues,
            t => context.Turns[t].Turn.Start,
            (t, move) => moves.Quote(t, move).Quote);
        var contracting = new ContractingChecker(rules.Contracting, moves, context, words).Check();
        var competency4 = new Competency4Notes(rubric, markers, moves, context, words).Build(breakers, repairs);
        var summary = TrustSummary.Write(words, trajectory, moments, breakers, repairs, contracting, referral);
        return new TrustReport(rules.Version, summary, trajectory, moments, breakers, repairs, contracting, referral, competency4);
    }
}
