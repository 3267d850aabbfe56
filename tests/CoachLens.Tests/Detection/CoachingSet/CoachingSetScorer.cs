using CoachLens.Detection;

namespace CoachLens.Tests.Detection.CoachingSet;

/// <summary>
/// Runs the default pipeline over a gold set and counts, per code, where it agrees with the labels. Coach codes are
/// scored on coach turns and client codes on client turns; turns are matched by position (the set's turns are
/// written one to a line, so the readers keep them one to one).
/// </summary>
public static class CoachingSetScorer
{
    public static IReadOnlyList<CodeScore> Score(IEnumerable<GoldDialogue> dialogues, IReadOnlyList<string> codes)
    {
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var counts = codes.ToDictionary(c => c, _ => new int[3], StringComparer.Ordinal);
        var client = Behaviors.Client.ToHashSet(StringComparer.Ordinal);
        foreach (var dialogue in dialogues)
        {
            var transcript = dialogue.ToTranscript();
            if (transcript.Turns.Count != dialogue.Turns.Count)
            {
                throw new InvalidOperationException($"{dialogue.Id}: read {transcript.Turns.Count} turns, the gold has {dialogue.Turns.Count}");
            }

            var result = pipeline.Run(transcript);
            for (var i = 0; i < dialogue.Turns.Count; i++)
            {
                var gold = dialogue.Turns[i];
                var found = result.CodesOf(i);
                foreach (var code in codes.Where(c => client.Contains(c) == gold.IsClient))
                {
                    var (expected, got) = (gold.Labels.Contains(code), found.Contains(code));
                    if (expected || got)
                    {
                        counts[code][expected && got ? 0 : got ? 1 : 2]++;
                    }
                }
            }
        }

        return codes.Select(c => new CodeScore(c, counts[c][0], counts[c][1], counts[c][2])).ToArray();
    }
}
