using System.Globalization;
using CoachLens.Detection;

namespace CoachLens.Scoring;

/// <summary>
/// Markers judged from the session's structure rather than from phrases: silence, interruptions, talk
/// share, question quality, concision, customized questions, nonverbal cues and shared observations.
/// </summary>
public static class ComputedMarkers
{
    public static MarkerResult Judge(MarkerRule rule, string competency, ScoringContext context) => rule.Marker switch
    {
        "5.5" => Silence(rule, competency, context),
        "6.1" => Customized(rule, competency, context),
        "6.4" => Nonverbal(rule, competency, context),
        "6.6" => NoInterruption(rule, competency, context),
        "7.5" => ObservationWithInvitation(rule, competency, context),
        "7.6" => QuestionQuality(rule, competency, context),
        "7.7" => Concise(rule, competency, context),
        "7.8" => TalkShare(rule, competency, context),
        _ => throw new InvalidDataException($"marker {rule.Marker} is marked computed but has no computation"),
    };

    private static MarkerResult Silence(MarkerRule rule, string competency, ScoringContext context)
    {
        var turns = context.Detection.TurnsWith(Behaviors.Silence).ToList();
        var annotated = context.ClientTurns.Any(t => t.Turn.Annotations.Count > 0);
        if (turns.Count == 0 && !context.Transcript.HasTimestamps && !annotated)
        {
            return NotAssessable(rule, competency, "The transcript has no timestamps or pause annotations, so silence cannot be seen.");
        }

        return Result(rule, competency, context, turns, turns.Count >= 2 ? MarkerStatus.Observed : turns.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved);
    }

    private static MarkerResult Customized(MarkerRule rule, string competency, ScoringContext context)
    {
        // A question that reuses content words the client said two or more turns earlier, not just in the last turn.
        var hits = new List<int>();
        foreach (var coach in context.CoachTurns.Where(t => t.Questions.Any()))
        {
            var recent = coach.Index > 0 ? context.Turns[coach.Index - 1].Words.ToHashSet() : [];
            var earlier = context.ClientTurns.Where(c => c.Index < coach.Index - 2).SelectMany(c => c.Words).Where(w => w.Length > 4).ToHashSet();
            var questionWords = coach.Questions.SelectMany(q => Text.Tokenizer.Words(q.Text)).Where(w => w.Length > 4).Distinct();
            if (questionWords.Count(w => earlier.Contains(w) && !recent.Contains(w)) >= 2)
            {
                hits.Add(coach.Index);
            }
        }

        return Result(rule, competency, context, hits, hits.Count >= 2 ? MarkerStatus.Observed : hits.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved);
    }

    private static MarkerResult Nonverbal(MarkerRule rule, string competency, ScoringContext context)
    {
        var cues = context.ClientTurns.Where(t => t.Turn.Annotations.Any(a => a is not ("inaudible" or "crosstalk" or "unintelligible"))).Select(t => t.Index).ToList();
        var explored = context.Detection.TurnsWith(Behaviors.Observation)
            .Where(i => context.Turns[i].Spoken.Contains("energy", StringComparison.OrdinalIgnoreCase)
                || context.Turns[i].Spoken.Contains("voice", StringComparison.OrdinalIgnoreCase)
                || context.Turns[i].Spoken.Contains("laugh", StringComparison.OrdinalIgnoreCase)
                || context.Turns[i].Spoken.Contains("sigh", StringComparison.OrdinalIgnoreCase)
                || context.Turns[i].Spoken.Contains("pause", StringComparison.OrdinalIgnoreCase)
                || cues.Contains(i - 1))
            .ToList();
        if (cues.Count == 0 && explored.Count == 0)
        {
            return NotAssessable(rule, competency, "The transcript has no nonverbal annotations (such as [sighs]), and energy and body language are not in the words.");
        }

        return Result(rule, competency, context, explored, explored.Count > 0 ? MarkerStatus.Observed : MarkerStatus.NotObserved);
    }

    private static MarkerResult NoInterruption(MarkerRule rule, string competency, ScoringContext context)
    {
        var interruptions = context.Detection.TurnsWith(Behaviors.Interruption).ToList();
        if (interruptions.Count == 0)
        {
            var confidence = context.Transcript.Turns.Any(t => t.End.HasValue) ? 0.8 : 0.6;
            return new MarkerResult(rule.Marker, competency, MarkerStatus.Observed, confidence, [], rule.Found);
        }

        var status = interruptions.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var evidence = interruptions.Take(3).Select(i => context.Quote(i)).ToList();
        return new MarkerResult(rule.Marker, competency, status, 0.7, evidence, $"{rule.Missing} ({interruptions.Count} time(s): {Places(evidence)})");
    }

    private static MarkerResult ObservationWithInvitation(MarkerRule rule, string competency, ScoringContext context)
    {
        var observations = context.Detection.TurnsWith(Behaviors.Observation).ToList();
        var invited = observations.Where(i => context.Detection.Has(i, Behaviors.Invitation) || context.Turns[i].Questions.Any()).ToList();
        var status = invited.Count > 0 ? MarkerStatus.Observed : observations.Count > 0 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        return Result(rule, competency, context, invited.Count > 0 ? invited : observations, status);
    }

    private static MarkerResult QuestionQuality(MarkerRule rule, string competency, ScoringContext context)
    {
        var m = context.Metrics;
        var t = context.Thresholds;
        if (m.Questions == 0)
        {
            return new MarkerResult(rule.Marker, competency, MarkerStatus.NotObserved, 0.8, [], "The coach asked no questions.");
        }

        var questionTurns = context.CoachTurns.Count(x => x.Questions.Any());
        var stackedShare = questionTurns == 0 ? 0 : (double)m.StackedQuestionTurns / questionTurns;
        var checks = new[] { m.OpenQuestionShare >= t.OpenShareObserved, stackedShare <= t.StackedShareMax, m.MeanQuestionWords <= t.QuestionWordsMax };
        var passed = checks.Count(c => c);
        var status = passed == 3 ? MarkerStatus.Observed : passed == 2 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var facts = string.Create(CultureInfo.InvariantCulture, $"{m.OpenQuestionShare:P0} of {m.Questions} questions open, {m.StackedQuestionTurns} turn(s) with stacked questions, {m.MeanQuestionWords:0.#} words per question on average.");
        var code = status == MarkerStatus.Observed ? Behaviors.OpenQuestion : Behaviors.StackedQuestions;
        var evidenceTurns = context.Detection.TurnsWith(code).ToList();
        return new MarkerResult(rule.Marker, competency, status, 0.7, evidenceTurns.Take(3).Select(i => context.QuoteCode(i, code)).ToList(), $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult Concise(MarkerRule rule, string competency, ScoringContext context)
    {
        var median = context.Metrics.MedianCoachTurnWords;
        var limit = context.Thresholds.CoachTurnWordsMedianMax;
        var longTurns = context.CoachTurns.Where(t => t.Words.Count > limit * 2.5).Select(t => t.Index).ToList();
        var status = median <= limit && longTurns.Count <= 2 ? MarkerStatus.Observed : median <= limit * 1.5 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var facts = string.Create(CultureInfo.InvariantCulture, $"Median coach turn: {median:0} words; {longTurns.Count} very long coach turn(s).");
        return new MarkerResult(rule.Marker, competency, status, 0.6, longTurns.Take(3).Select(i => context.Quote(i)).ToList(), $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult TalkShare(MarkerRule rule, string competency, ScoringContext context)
    {
        var share = context.Metrics.CoachTalkShare;
        var status = share <= context.Thresholds.TalkShareObserved ? MarkerStatus.Observed
            : share <= context.Thresholds.TalkSharePartial ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var facts = string.Create(CultureInfo.InvariantCulture, $"The coach spoke {share:P0} of the words.");
        return new MarkerResult(rule.Marker, competency, status, 0.9, [], $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult Result(MarkerRule rule, string competency, ScoringContext context, IReadOnlyList<int> turns, string status)
    {
        var evidence = turns.Take(3).Select(i => context.Quote(i)).ToList();
        var text = status == MarkerStatus.NotObserved ? rule.Missing : $"{rule.Found} ({Places(evidence)})";
        return new MarkerResult(rule.Marker, competency, status, status == MarkerStatus.Observed ? 0.7 : 0.5, evidence, text);
    }

    private static MarkerResult NotAssessable(MarkerRule rule, string competency, string reason) =>
        new(rule.Marker, competency, MarkerStatus.NotAssessable, 1.0, [], reason);

    private static string Places(IEnumerable<Evidence> evidence) => string.Join(", ", evidence.Select(CueMarkers.Where));
}
