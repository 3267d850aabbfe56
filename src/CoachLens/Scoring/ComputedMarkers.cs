using CoachLens.Detection;
using CoachLens.Localization;

namespace CoachLens.Scoring;

/// <summary>
/// Markers judged from the session's structure rather than from phrases: silence, interruptions, talk
/// share, question quality, concision, customized questions, nonverbal cues and shared observations.
/// </summary>
public static class ComputedMarkers
{
    public static MarkerResult Judge(MarkerRule rule, string competency, ScoringContext context) => rule.Marker switch
    {
        "5.2" => StaysWithTheGoal(rule, competency, context),
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

    private static MarkerResult StaysWithTheGoal(MarkerRule rule, string competency, ScoringContext context)
    {
        // The client's goal is what they answer to the first agreement question; the coach stays with it
        // when later turns check in on it explicitly or keep coming back to its words.
        var explicitTurns = context.CoachTurns.Where(t => context.InWindow(t.Index, "middle") && rule.Patterns.Any(p => p.IsMatch(t.Spoken))).Select(t => t.Index).ToList();
        var agreement = context.CoachTurns.FirstOrDefault(t => context.InWindow(t.Index, "opening") && context.Detection.Has(t.Index, Behaviors.Agreement));
        var goalWords = agreement is null || agreement.Index + 1 >= context.Turns.Count
            ? []
            : context.Turns[agreement.Index + 1].Words.Where(w => w.Length > 4).ToHashSet(StringComparer.Ordinal);
        var returns = context.CoachTurns
            .Where(t => t.Index > (agreement?.Index ?? 0) + 4 && t.Words.Count(goalWords.Contains) >= 2)
            .Select(t => t.Index).ToList();
        var hits = explicitTurns.Union(returns).Order().ToList();
        var status = explicitTurns.Count > 0 || returns.Count >= 2 ? MarkerStatus.Observed : hits.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        return Result(rule, competency, context, hits, status);
    }

    private static MarkerResult Silence(MarkerRule rule, string competency, ScoringContext context)
    {
        var turns = context.Detection.TurnsWith(Behaviors.Silence).ToList();
        var annotated = context.ClientTurns.Any(t => t.Turn.Annotations.Count > 0);
        if (turns.Count == 0 && !context.Transcript.HasTimestamps && !annotated)
        {
            return NotAssessable(rule, competency, context.Texts["computed.noTimestamps"]);
        }

        return Result(rule, competency, context, turns, turns.Count >= 2 ? MarkerStatus.Observed : turns.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved);
    }

    private static MarkerResult Customized(MarkerRule rule, string competency, ScoringContext context)
    {
        // Either an explicit reference back ("earlier you said", "knowing that") or a question that reuses
        // three or more words the client said two or more turns earlier, not just in the last turn.
        // What the client said earlier grows as the session goes on, so it is gathered once, in order,
        // rather than again for every coach turn.
        var hits = new List<int>();
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var earlierNames = new HashSet<string>(StringComparer.Ordinal);
        var clientTurns = context.ClientTurns.ToList();
        var gathered = 0;
        foreach (var coach in context.CoachTurns.Where(t => t.Questions.Any() || t.Sentences.Count > 1))
        {
            for (; gathered < clientTurns.Count && clientTurns[gathered].Index < coach.Index - 2; gathered++)
            {
                earlier.UnionWith(clientTurns[gathered].Words.Where(w => w.Length > 4));
                earlierNames.UnionWith(ProperNames(clientTurns[gathered]));
            }

            if (rule.Patterns.Any(p => p.IsMatch(coach.Spoken)) || NamesSomeoneFromEarlier(context, coach, earlierNames))
            {
                hits.Add(coach.Index);
                continue;
            }

            var recent = coach.Index > 0 ? context.Turns[coach.Index - 1].Words.ToHashSet() : [];
            var questionWords = coach.Questions.SelectMany(q => Text.Tokenizer.Words(q.Text)).Where(w => w.Length > 4).Distinct();
            if (questionWords.Count(w => earlier.Contains(w) && !recent.Contains(w)) >= 3)
            {
                hits.Add(coach.Index);
            }
        }

        return Result(rule, competency, context, hits, hits.Count >= 2 ? MarkerStatus.Observed : hits.Count == 1 ? MarkerStatus.Partial : MarkerStatus.NotObserved);
    }

    /// <summary>A coach question that brings back a person or place the client named earlier (not just now).</summary>
    private static bool NamesSomeoneFromEarlier(ScoringContext context, Text.TurnView coach, HashSet<string> earlierNames)
    {
        if (earlierNames.Count == 0)
        {
            return false;
        }

        var recentNames = coach.Index > 0 ? ProperNames(context.Turns[coach.Index - 1]).ToHashSet(StringComparer.Ordinal) : [];
        return coach.Questions.SelectMany(q => q.Text.Split(' ')).Select(w => w.Trim(',', '.', '?', '!', '"', '\'', '’'))
            .Any(w => earlierNames.Contains(w) && !recentNames.Contains(w));
    }

    /// <summary>Capitalized words that do not start a sentence: names of people, places, teams.</summary>
    private static IEnumerable<string> ProperNames(Text.TurnView turn) =>
        turn.Sentences.SelectMany(s => s.Text.Split(' ').Skip(1))
            .Select(w => w.Trim(',', '.', '?', '!', '"', '\'', '’', ':', ';'))
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && w is not ("I'm" or "I've" or "I'd" or "I'll"));

    private static MarkerResult Nonverbal(MarkerRule rule, string competency, ScoringContext context)
    {
        var cues = context.ClientTurns.Where(t => t.Turn.Annotations.Any(a => a is not ("inaudible" or "crosstalk" or "unintelligible"))).Select(t => t.Index).ToList();
        var explored = context.CoachTurns.Where(t => rule.Patterns.Any(p => p.IsMatch(t.Spoken))).Select(t => t.Index).ToList();
        var acknowledged = context.CoachTurns.Where(t => rule.PartialPatterns.Any(p => p.IsMatch(t.Spoken))).Select(t => t.Index).ToList();
        if (cues.Count == 0 && explored.Count == 0)
        {
            return NotAssessable(rule, competency, context.Texts["computed.noNonverbal"]);
        }

        var status = explored.Count > 0 ? MarkerStatus.Observed : acknowledged.Count > 0 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        return Result(rule, competency, context, explored.Count > 0 ? explored : acknowledged, status);
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
        return new MarkerResult(rule.Marker, competency, status, 0.7, evidence, context.Texts.Format("computed.interruptions", ("missing", rule.Missing), ("count", interruptions.Count), ("places", Places(evidence, context.Texts))));
    }

    private static MarkerResult ObservationWithInvitation(MarkerRule rule, string competency, ScoringContext context)
    {
        var observations = context.CoachTurns
            .Where(t => context.Detection.Has(t.Index, Behaviors.Observation) || rule.Patterns.Any(p => p.IsMatch(t.Spoken)))
            .Select(t => t.Index).ToList();
        var invited = observations.Where(i => context.Detection.Has(i, Behaviors.Invitation) || context.Turns[i].Questions.Any()
            || (i + 2 < context.Turns.Count && context.Detection.Has(i + 2, Behaviors.Invitation))).ToList();
        var status = invited.Count > 0 ? MarkerStatus.Observed : observations.Count > 0 ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        return Result(rule, competency, context, invited.Count > 0 ? invited : observations, status);
    }

    private static MarkerResult QuestionQuality(MarkerRule rule, string competency, ScoringContext context)
    {
        var m = context.Metrics;
        var t = context.Thresholds;
        if (m.Questions == 0)
        {
            return new MarkerResult(rule.Marker, competency, MarkerStatus.NotObserved, 0.8, [], context.Texts["computed.noQuestions"]);
        }

        var clear = m.MeanQuestionWords <= t.QuestionWordsMax;
        var status = m.OpenQuestionShare >= t.OpenShareObserved && m.StackedQuestionTurns <= t.StackedObservedMax && clear ? MarkerStatus.Observed
            : m.OpenQuestionShare >= t.OpenSharePartial && m.StackedQuestionTurns <= t.StackedPartialMax ? MarkerStatus.Partial
            : MarkerStatus.NotObserved;
        var tx = context.Texts;
        var facts = tx.Format("computed.questionFacts", ("openShare", tx.Percent(m.OpenQuestionShare)), ("questions", m.Questions), ("stacked", m.StackedQuestionTurns), ("words", tx.Number(m.MeanQuestionWords)));
        var code = status == MarkerStatus.Observed ? Behaviors.OpenQuestion : m.StackedQuestionTurns > 0 ? Behaviors.StackedQuestions : Behaviors.ClosedQuestion;
        var evidenceTurns = context.Detection.TurnsWith(code).ToList();
        return new MarkerResult(rule.Marker, competency, status, 0.7, evidenceTurns.Take(3).Select(i => context.QuoteCode(i, code)).ToList(), $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult Concise(MarkerRule rule, string competency, ScoringContext context)
    {
        var median = context.Metrics.MedianCoachTurnWords;
        var t = context.Thresholds;
        var longTurns = context.CoachTurns.Where(x => x.Words.Count > t.LongTurnWords).Select(x => x.Index).ToList();
        var cluttered = context.Metrics.StackedQuestionTurns > t.StackedPartialMax;
        var status = median <= t.CoachTurnWordsMedianMax && longTurns.Count <= 2 && !cluttered ? MarkerStatus.Observed
            : median <= t.CoachTurnWordsMedianPartialMax ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var facts = context.Texts.Format("computed.conciseFacts", ("median", context.Texts.Number(median, "0")), ("long", longTurns.Count), ("limit", t.LongTurnWords), ("stacked", context.Metrics.StackedQuestionTurns));
        return new MarkerResult(rule.Marker, competency, status, 0.6, longTurns.Take(3).Select(i => context.Quote(i)).ToList(), $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult TalkShare(MarkerRule rule, string competency, ScoringContext context)
    {
        var share = context.Metrics.CoachTalkShare;
        var status = share <= context.Thresholds.TalkShareObserved ? MarkerStatus.Observed
            : share <= context.Thresholds.TalkSharePartial ? MarkerStatus.Partial : MarkerStatus.NotObserved;
        var facts = context.Texts.Format("computed.talkFacts", ("share", context.Texts.Percent(share)));
        return new MarkerResult(rule.Marker, competency, status, 0.9, [], $"{(status == MarkerStatus.Observed ? rule.Found : rule.Missing)} {facts}");
    }

    private static MarkerResult Result(MarkerRule rule, string competency, ScoringContext context, IReadOnlyList<int> turns, string status)
    {
        var evidence = turns.Take(3).Select(i => context.Quote(i)).ToList();
        var text = status == MarkerStatus.NotObserved ? rule.Missing : $"{rule.Found} ({Places(evidence, context.Texts)})";
        return new MarkerResult(rule.Marker, competency, status, status == MarkerStatus.Observed ? 0.7 : 0.5, evidence, text);
    }

    private static MarkerResult NotAssessable(MarkerRule rule, string competency, string reason) =>
        new(rule.Marker, competency, MarkerStatus.NotAssessable, 1.0, [], reason);

    private static string Places(IEnumerable<Evidence> evidence, Texts texts) => string.Join(", ", evidence.Select(e => CueMarkers.Where(e, texts)));
}
