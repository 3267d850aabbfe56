using CoachLens.Detection;
using CoachLens.Rubrics;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Writes the six Competency 4 sub-items as developmental notes, and sets them beside PCC markers 4.1–4.4
/// (as judged in the marker section) and the ACC statements A4.1–A4.3.
/// </summary>
public sealed class Competency4Notes(Rubric rubric, IReadOnlyList<MarkerResult> markers, MoveReader moves, ScoringContext context, TrustWords words)
{
    public Competency4View Build(IReadOnlyList<TrustBreaker> breakers, IReadOnlyList<RepairAttempt> repairs)
    {
        var language = LanguageChecker.Check(context, moves.Rules.Relabels);
        var items = rubric.Competency("4").SubItems.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var notes = new List<SubItemNote>
        {
            Context(items["4.1"]),
            Language(items["4.2"], language, breakers),
            Talents(items["4.3"]),
            Support(items["4.4"], breakers),
            Feelings(items["4.5"], breakers),
            Openness(items["4.6"], repairs),
        };
        var pcc = rubric.MarkersOf("4").Select(m =>
        {
            var result = markers.FirstOrDefault(r => r.Id == m.Id);
            return new MarkerLink(m.Id, m.Text, result?.Status ?? MarkerStatus.NotAssessable, result?.Evidence ?? []);
        }).ToList();
        return new Competency4View(notes, pcc, AccStatements(), language, words["trust.c4.caveat"]);
    }

    private SubItemNote Context(string text)
    {
        var who = new[] { "5.1", "6.1", "6.5", "7.1" }.Select(id => markers.FirstOrDefault(m => m.Id == id)).OfType<MarkerResult>().ToList();
        var observed = who.Where(m => m.Status == MarkerStatus.Observed).ToList();
        var some = who.Where(m => m.Status == MarkerStatus.Partial).ToList();
        var reading = observed.Count >= 2 ? "seen" : observed.Count + some.Count >= 1 ? "some" : "not_seen";
        var note = reading == "seen"
            ? words.Format("trust.c4.context.seen", ("markers", string.Join(", ", observed.Select(m => m.Id))))
            : words["trust.c4.context." + reading];
        return new SubItemNote("4.1", text, reading, note, observed.Concat(some).SelectMany(m => m.Evidence).Take(2).ToList());
    }

    private SubItemNote Language(string text, LanguageCheck language, IReadOnlyList<TrustBreaker> breakers)
    {
        var imposing = breakers.Where(b => b.Kind is "imposing_values" or "judging").ToList();
        var reading = language.Relabelled == 0 && imposing.Count == 0 && language.KeptWords >= 2 ? "seen"
            : language.KeptWords > language.Relabelled && imposing.Count <= 1 ? "some"
            : "not_seen";
        var note = words.Format("trust.c4.language", ("kept", language.KeptWords), ("relabelled", language.Relabelled), ("imposing", imposing.Count));
        var evidence = language.RelabelExamples.Concat(imposing.Select(b => b.Evidence)).Concat(language.KeptExamples).Take(3).ToList();
        return new SubItemNote("4.2", text, reading, note, evidence);
    }

    private SubItemNote Talents(string text)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "acknowledgment")).Select(t => t.Index).ToList();
        var reading = turns.Count >= 2 ? "seen" : turns.Count == 1 ? "some" : "not_seen";
        var note = turns.Count > 0 ? words.Format("trust.c4.talents.some", ("count", turns.Count)) : words["trust.c4.talents.none"];
        return new SubItemNote("4.3", text, reading, note, turns.Take(2).Select(t => moves.Quote(t, "acknowledgment")).ToList());
    }

    private SubItemNote Support(string text, IReadOnlyList<TrustBreaker> breakers)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "empathy")).Select(t => t.Index).ToList();
        var minimizing = breakers.Where(b => b.Kind == "minimizing").ToList();
        var reading = turns.Count > 0 && minimizing.Count == 0 ? "seen" : turns.Count > 0 ? "some" : "not_seen";
        var note = (turns.Count > 0, minimizing.Count > 0) switch
        {
            (true, false) => words.Format("trust.c4.support.seen", ("count", turns.Count)),
            (true, true) => words.Format("trust.c4.support.minimized", ("count", turns.Count), ("minimized", minimizing.Count)),
            (false, true) => words.Format("trust.c4.support.noneMinimized", ("minimized", minimizing.Count)),
            _ => words["trust.c4.support.none"],
        };
        return new SubItemNote("4.4", text, reading, note, turns.Take(2).Select(t => moves.Quote(t, "empathy")).Concat(minimizing.Take(1).Select(b => b.Evidence)).ToList());
    }

    private SubItemNote Feelings(string text, IReadOnlyList<TrustBreaker> breakers)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "feelings_exploration") || moves.Has(t.Index, MoveRules.ReflectionOfFeeling)).Select(t => t.Index).ToList();
        var missed = breakers.Where(b => b.Kind == "missed_emotional_cue").ToList();
        var reading = turns.Count > 0 && missed.Count == 0 ? "seen" : turns.Count > 0 ? "some" : "not_seen";
        var missedTurns = string.Join(", ", missed.Select(b => b.ClientTurn));
        var note = (turns.Count > 0, missed.Count > 0) switch
        {
            (true, false) => words.Format("trust.c4.feelings.explored", ("count", turns.Count)),
            (true, true) => words.Format("trust.c4.feelings.exploredMissed", ("count", turns.Count), ("missed", missedTurns)),
            (false, true) => words.Format("trust.c4.feelings.noneMissed", ("missed", missedTurns)),
            _ => words["trust.c4.feelings.none"],
        };
        var evidence = turns.Take(2).Select(t => context.Quote(t)).Concat(missed.Take(1).Select(b => b.Evidence)).ToList();
        return new SubItemNote("4.5", text, reading, note, evidence);
    }

    private SubItemNote Openness(string text, IReadOnlyList<RepairAttempt> repairs)
    {
        var transparent = context.CoachTurns.Where(t => moves.Has(t.Index, "invitation") || moves.Has(t.Index, "permission") || moves.Has(t.Index, "apology")).Select(t => t.Index).ToList();
        var reading = repairs.Count > 0 || transparent.Count >= 2 ? "seen" : transparent.Count == 1 ? "some" : "not_seen";
        var note = repairs.Count > 0 ? words["trust.c4.openness.repair"]
            : transparent.Count > 0 ? words.Format("trust.c4.openness.some", ("count", transparent.Count))
            : words["trust.c4.openness.none"];
        var evidence = repairs.Select(r => r.Evidence).Concat(transparent.Take(2).Select(t => context.Quote(t))).Take(2).ToList();
        return new SubItemNote("4.6", text, reading, note, evidence);
    }

    private List<AccStatementNote> AccStatements()
    {
        var texts = rubric.AccStatements.Where(a => a.Competency == "4").ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var insightAck = context.CoachTurns
            .Where(t => t.Index > 0 && context.Detection.Has(t.Index - 1, Behaviors.Insight)
                && (moves.Has(t.Index, "acknowledgment") || context.Detection.Has(t.Index, Behaviors.Reflection) || context.EchoesClient(t.Index)))
            .Select(t => t.Index).ToList();
        var explore = context.CoachTurns.Where(t => moves.Has(t.Index, "feelings_exploration") || moves.Has(t.Index, MoveRules.ReflectionOfFeeling)).Select(t => t.Index).ToList();
        var support = context.CoachTurns.Where(t => moves.Has(t.Index, "empathy")).Select(t => t.Index).ToList();
        return
        [
            Acc("A4.1", texts, insightAck),
            Acc("A4.2", texts, explore),
            Acc("A4.3", texts, support),
        ];
    }

    private AccStatementNote Acc(string id, Dictionary<string, string> texts, List<int> turns) =>
        new(id, texts.GetValueOrDefault(id, id), turns.Count > 0, turns.Take(2).Select(t => context.Quote(t)).ToList());
}
