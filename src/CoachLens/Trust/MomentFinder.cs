namespace CoachLens.Trust;

/// <summary>
/// Finds the moments where the client's openness clearly rose or fell against the trend so far, and names the
/// coach move just before; adds repairs and risk cues as moments of their own. A rise needs an opening move
/// before it and no closing one (unless that turn is a repair, which quotes the misstep it owns); a drop needs
/// a closing move: a change with no coach move behind it is the client's, not a moment.
/// </summary>
public sealed class MomentFinder(MoveReader moves, MomentThresholds thresholds, TrustWords words)
{
    public IReadOnlyList<TrustMoment> Find(
        IReadOnlyList<OpennessPoint> trajectory,
        IReadOnlyList<RepairAttempt> repairs,
        IReadOnlyList<RiskCue> risks,
        Func<int, double?> startOf,
        Func<int, string, string> quote)
    {
        var moments = new List<TrustMoment>();
        var riskTurns = risks.Select(r => r.Turn).ToHashSet();
        for (var i = 1; i < trajectory.Count; i++)
        {
            var point = trajectory[i];
            var previous = trajectory[i - 1];
            var cause = point.Turn - 1;
            if (riskTurns.Contains(point.Turn) || cause < 0)
            {
                continue;
            }

            var causeMoves = moves.MovesOf(cause);
            var opening = causeMoves.Where(moves.IsOpening).ToList();
            var closing = causeMoves.Where(m => !moves.IsOpening(m)).ToList();
            var dropFrom = Math.Max(previous.Openness, previous.Smoothed);
            if (closing.Count > 0 && dropFrom >= thresholds.DropFromMin && Gain(point.Openness, dropFrom) >= thresholds.DropDelta && point.Openness <= thresholds.DropMax)
            {
                moments.Add(Moment(point, TrustMoment.Drop, cause, dropFrom, closing, "trust.moment.drop", null, startOf, quote));
            }
            else if (opening.Count > 0 && (closing.Count == 0 || repairs.Any(r => r.Turn == cause)) && RiseFrom(trajectory, i, repairs) is { } riseFrom)
            {
                var byFeeling = Gain(riseFrom, point.Openness) < thresholds.RiseDelta;
                var feeling = byFeeling ? moves.FeelingWordsOf(point.Turn).First(f => !moves.Rules.PositiveFeelings.Contains(f)) : null;
                moments.Add(Moment(point, TrustMoment.Rise, cause, riseFrom, opening, byFeeling ? "trust.moment.feelingRise" : "trust.moment.rise", feeling, startOf, quote));
            }
        }

        moments.AddRange(repairs.Select(r => new TrustMoment(r.Turn, TrustMoment.Repair, r.MisstepTurn, r.Note, r.Elements, startOf(r.Turn))));
        moments.AddRange(risks.Select(r => new TrustMoment(
            r.Turn,
            TrustMoment.Risk,
            null,
            words.Format("trust.moment.risk", ("category", r.Label), ("quote", r.Evidence.Quote.TrimEnd('.')), ("response", RiskResponse(r))),
            [],
            startOf(r.Turn))));
        return moments.OrderBy(m => m.Turn).ThenBy(m => m.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>The level a rise is measured from, when the turn at <paramref name="i"/> is a rise; otherwise null.</summary>
    private double? RiseFrom(IReadOnlyList<OpennessPoint> trajectory, int i, IReadOnlyList<RepairAttempt> repairs)
    {
        var point = trajectory[i];
        var previous = trajectory[i - 1];
        var repair = repairs.LastOrDefault(r => r.Turn < point.Turn
            && trajectory.Count(p => p.Turn > r.Turn && p.Turn <= point.Turn) <= thresholds.RepairWindow);
        if (repair is not null && trajectory.LastOrDefault(p => p.Turn < repair.Turn) is { } beforeRepair)
        {
            var from = beforeRepair.Smoothed;
            return point.Openness >= thresholds.RiseMin && Gain(from, point.Openness) >= thresholds.RiseDelta ? from : null;
        }

        var trend = previous.Smoothed;
        if (trend <= thresholds.RiseFromMax && previous.Openness <= thresholds.RiseFromTurnMax
            && point.Openness >= thresholds.RiseMin && Gain(trend, point.Openness) >= thresholds.RiseDelta)
        {
            return trend;
        }

        var namesFeeling = moves.FeelingWordsOf(point.Turn).Any(f => !moves.Rules.PositiveFeelings.Contains(f));
        return namesFeeling && trend <= thresholds.FeelingRiseFromMax && Gain(trend, point.Openness) >= thresholds.FeelingRiseGain ? trend : null;
    }

    /// <summary>The change from one level to another at the precision the report shows, so reported numbers explain the moment.</summary>
    private static double Gain(double from, double to) => Math.Round(to - from, 2, MidpointRounding.AwayFromZero);

    private string RiskResponse(RiskCue r) => r.Responses.Count == 0
        ? words["trust.moment.riskNoResponse"]
        : words.Format("trust.moment.riskResponses", ("responses", words.List(r.Responses.Select(words.Response))));

    private TrustMoment Moment(OpennessPoint point, string kind, int cause, double before, List<string> causeMoves, string template, string? feeling, Func<int, double?> startOf, Func<int, string, string> quote)
    {
        var note = words.Format(
            template,
            ("from", words.Level(before)),
            ("to", words.Level(point.Openness)),
            ("moves", words.List(causeMoves.Select(words.Move).Distinct())),
            ("quote", quote(cause, causeMoves[0])),
            ("feeling", feeling));
        return new TrustMoment(point.Turn, kind, cause, note, causeMoves, startOf(point.Turn));
    }
}
