using CoachLens.Detection;
using CoachLens.Rubrics;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Writes the six Competency 4 sub-items as developmental notes, and sets them beside PCC markers 4.1–4.4
/// (as judged in the marker section) and the ACC statements A4.1–A4.3.
/// </summary>
public sealed class Competency4Notes(Rubric rubric, IReadOnlyList<MarkerResult> markers, MoveReader moves, ScoringContext context)
{
    private const string Caveat = "Developmental notes, not scores: sub-items 4.1 and 4.2 have no PCC marker, and a transcript cannot show tone. Read them against the transcript, ideally with your mentor.";

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
        return new Competency4View(notes, pcc, AccStatements(), language, Caveat);
    }

    private SubItemNote Context(string text)
    {
        var who = new[] { "5.1", "6.1", "6.5", "7.1" }.Select(id => markers.FirstOrDefault(m => m.Id == id)).OfType<MarkerResult>().ToList();
        var observed = who.Where(m => m.Status == MarkerStatus.Observed).ToList();
        var some = who.Where(m => m.Status == MarkerStatus.Partial).ToList();
        var reading = observed.Count >= 2 ? "seen" : observed.Count + some.Count >= 1 ? "some" : "not_seen";
        var note = reading switch
        {
            "seen" => $"The coach asked about the client as a person and their world, not only the task (see markers {string.Join(", ", observed.Select(m => m.Id))}).",
            "some" => "Some curiosity about the client's context, values and way of seeing things; there is room to ask more about who they are, not only what they face.",
            _ => "Little curiosity about the client's context, identity or values: questions stayed on the task. Try \"What matters to you in this?\" or \"Who are you being when…?\"",
        };
        return new SubItemNote("4.1", text, reading, note, observed.Concat(some).SelectMany(m => m.Evidence).Take(2).ToList());
    }

    private static SubItemNote Language(string text, LanguageCheck language, IReadOnlyList<TrustBreaker> breakers)
    {
        var imposing = breakers.Where(b => b.Kind is "imposing_values" or "judging").ToList();
        var reading = language.Relabelled == 0 && imposing.Count == 0 && language.KeptWords >= 2 ? "seen"
            : language.KeptWords > language.Relabelled && imposing.Count <= 1 ? "some"
            : "not_seen";
        var note = (language.KeptWords > 0 ? $"The coach gave the client's own words back in {Count.Of(language.KeptWords, "turn")}" : "The coach did not give the client's own words back")
            + (language.Relabelled > 0 ? $" and put a label of their own on the client's experience in {Count.Of(language.Relabelled, "turn")}" : string.Empty)
            + (imposing.Count > 0 ? $"; {Count.Of(imposing.Count, "turn")} judged or pushed the coach's values" : string.Empty)
            + ". Giving back the client's own word (their \"hollow\", not your \"burnt out\") respects their language; relabelling (\"that's just nerves\", \"impostor syndrome\") replaces it.";
        var evidence = language.RelabelExamples.Concat(imposing.Select(b => b.Evidence)).Concat(language.KeptExamples).Take(3).ToList();
        return new SubItemNote("4.2", text, reading, note, evidence);
    }

    private SubItemNote Talents(string text)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "acknowledgment")).Select(t => t.Index).ToList();
        var reading = turns.Count >= 2 ? "seen" : turns.Count == 1 ? "some" : "not_seen";
        var note = turns.Count > 0
            ? $"The coach acknowledged the client's strengths, insights or effort in {Count.Of(turns.Count, "turn")}."
            : "No acknowledgment of the client's strengths, insights or effort. Name what you see them doing well, specifically.";
        return new SubItemNote("4.3", text, reading, note, turns.Take(2).Select(t => moves.Quote(t, "acknowledgment")).ToList());
    }

    private SubItemNote Support(string text, IReadOnlyList<TrustBreaker> breakers)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "empathy")).Select(t => t.Index).ToList();
        var minimizing = breakers.Where(b => b.Kind == "minimizing").ToList();
        var reading = turns.Count > 0 && minimizing.Count == 0 ? "seen" : turns.Count > 0 ? "some" : "not_seen";
        var note = (turns.Count > 0 ? $"Support and empathy in {Count.Of(turns.Count, "turn")}" : "No clear expression of support or empathy")
            + (minimizing.Count > 0 ? $"; feelings were minimized in {Count.Of(minimizing.Count, "turn")}, which undoes support." : ".");
        return new SubItemNote("4.4", text, reading, note, turns.Take(2).Select(t => moves.Quote(t, "empathy")).Concat(minimizing.Take(1).Select(b => b.Evidence)).ToList());
    }

    private SubItemNote Feelings(string text, IReadOnlyList<TrustBreaker> breakers)
    {
        var turns = context.CoachTurns.Where(t => moves.Has(t.Index, "feelings_exploration") || moves.Has(t.Index, MoveRules.ReflectionOfFeeling)).Select(t => t.Index).ToList();
        var missed = breakers.Where(b => b.Kind == "missed_emotional_cue").ToList();
        var reading = turns.Count > 0 && missed.Count == 0 ? "seen" : turns.Count > 0 ? "some" : "not_seen";
        var note = (turns.Count > 0 ? $"The coach explored or reflected the client's feelings in {Count.Of(turns.Count, "turn")}" : "The client's feelings were not explored or reflected")
            + (missed.Count > 0 ? $"; {Count.Of(missed.Count, "emotional cue")} passed over (client {(missed.Count == 1 ? "turn" : "turns")} {string.Join(", ", missed.Select(b => b.ClientTurn))})." : ".");
        var evidence = turns.Take(2).Select(t => context.Quote(t)).Concat(missed.Take(1).Select(b => b.Evidence)).ToList();
        return new SubItemNote("4.5", text, reading, note, evidence);
    }

    private SubItemNote Openness(string text, IReadOnlyList<RepairAttempt> repairs)
    {
        var transparent = context.CoachTurns.Where(t => moves.Has(t.Index, "invitation") || moves.Has(t.Index, "permission") || moves.Has(t.Index, "apology")).Select(t => t.Index).ToList();
        var reading = repairs.Count > 0 || transparent.Count >= 2 ? "seen" : transparent.Count == 1 ? "some" : "not_seen";
        var note = repairs.Count > 0
            ? "The coach owned a misstep openly and repaired it: the clearest way to show openness and build trust."
            : transparent.Count > 0
                ? $"The coach was open about their own process (asking permission, inviting correction) in {Count.Of(transparent.Count, "turn")}."
                : "The coach did not show their own process: asking permission, saying \"I might be wrong\", or inviting correction all model openness.";
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
