namespace CoachLens.Trust;

/// <summary>
/// When a change in openness is a moment (Trust/Data/coach-moves.data.json, "moments").
/// A rise: after an opening move, from a guarded point (trend at most <paramref name="RiseFromMax"/>, the previous
/// client turn at most <paramref name="RiseFromTurnMax"/>) to at least <paramref name="RiseMin"/>, gaining
/// <paramref name="RiseDelta"/>; or, from a very guarded trend (at most <paramref name="FeelingRiseFromMax"/>), a turn
/// that names a difficult feeling and gains at least <paramref name="FeelingRiseGain"/>. Within <paramref name="RepairWindow"/>
/// client turns of a repair, a rise is measured from where the client was before the repair.
/// A drop: after a closing move, from a reasonably open point (the previous client turn or the trend at least
/// <paramref name="DropFromMin"/>) down by <paramref name="DropDelta"/> to at most <paramref name="DropMax"/>.
/// </summary>
public sealed record MomentThresholds(
    double RiseDelta,
    double RiseMin,
    double RiseFromMax,
    double RiseFromTurnMax,
    double FeelingRiseFromMax,
    double FeelingRiseGain,
    double DropDelta,
    double DropMax,
    double DropFromMin,
    int RepairWindow);
