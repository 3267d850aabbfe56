using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Recognises a repair: the coach names a misstep and owns it, ideally also inviting the client's feedback
/// and recommitting (in the same turn or the next coach turn). A strong trust signal, credited as a strength.
/// </summary>
public sealed class RepairFinder(MoveReader moves, ScoringContext context, double reopenedAt, TrustWords words)
{
    private const int MisstepWindow = 12;

    public IReadOnlyList<RepairAttempt> Find(IReadOnlyList<TrustBreaker> breakers, IReadOnlyList<OpennessPoint> trajectory)
    {
        var repairs = new List<RepairAttempt>();
        var elements = moves.Rules.RepairElements;
        foreach (var view in context.CoachTurns)
        {
            var turn = view.Index;
            var here = elements.Where(e => e.Fires(turn, view.Spoken, context.Detection)).Select(e => e.Id).ToList();
            if (!here.Contains("named") || !here.Contains("owned") || repairs.Any(r => turn - r.Turn <= 2))
            {
                continue;
            }

            var next = context.CoachTurns.FirstOrDefault(t => t.Index > turn);
            IEnumerable<string> later = next is null ? [] : elements.Where(e => e.Id is "invited_feedback" or "recommitted" && e.Fires(next.Index, next.Spoken, context.Detection)).Select(e => e.Id).ToList();
            var all = elements.Select(e => e.Id).Where(id => here.Contains(id) || later.Contains(id)).ToList();
            var missing = elements.Select(e => e.Id).Except(all).ToList();
            int? misstep = breakers.Where(b => b.Turn < turn && turn - b.Turn <= MisstepWindow).Select(b => (int?)b.Turn).LastOrDefault();
            var reopened = trajectory.Where(p => p.Turn > turn).Take(2).Any(p => p.Openness >= reopenedAt);
            var done = words.List(all.Select(words.RepairPart));
            var note = (misstep is { } m ? words.Format("trust.repair.note", ("misstep", m), ("elements", done)) : words.Format("trust.repair.noteNoMisstep", ("elements", done)))
                + (missing.Count > 0 ? " " + words.Format("trust.repair.missing", ("missing", string.Join(", ", missing.Select(words.RepairPart)))) : string.Empty)
                + (reopened ? " " + words["trust.repair.reopened"] : string.Empty);
            repairs.Add(new RepairAttempt(turn, misstep, all, missing, context.Quote(turn, elements.First(e => e.Id == "named").Position(turn, view.Spoken, context.Detection) ?? 0), reopened, note));
        }

        return repairs;
    }
}
