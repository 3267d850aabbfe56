using CoachLens.Detection;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// The turns of one transcript prepared for <see cref="TalkFeatures"/> once each (tokenized and cleaned),
/// since a turn is read again as the context of its neighbours. Belongs to one detection run; not shared.
/// </summary>
public sealed class TalkTurns
{
    private readonly TalkFeatures features;
    private readonly IReadOnlyList<SpokenSentence>?[] sentences;
    private readonly List<string>?[] words;

    public TalkTurns(DetectionContext context, TalkFeatures features)
    {
        Context = context;
        this.features = features;
        sentences = new IReadOnlyList<SpokenSentence>?[context.Turns.Count];
        words = new List<string>?[context.Turns.Count];
    }

    public DetectionContext Context { get; }

    /// <summary>The prepared sentences of turn <paramref name="index"/>.</summary>
    public IReadOnlyList<SpokenSentence> this[int index] => sentences[index] ??= features.Prepare(Context.Turns[index].Sentences);

    /// <summary>All cleaned words of turn <paramref name="index"/>, in order.</summary>
    public List<string> Words(int index)
    {
        if (words[index] is { } cached)
        {
            return cached;
        }

        var all = new List<string>();
        foreach (var s in this[index])
        {
            all.AddRange(s.Words);
        }

        return words[index] = all;
    }

    /// <summary>The nearest turn of the role before (step -1) or after (step +1) <paramref name="index"/>, or -1.</summary>
    public int Nearest(int index, int step, bool coach)
    {
        for (var i = index + step; i >= 0 && i < Context.Turns.Count; i += step)
        {
            var turn = Context.Turns[i].Turn;
            if (coach ? turn.IsCoach : turn.IsClient)
            {
                return i;
            }
        }

        return -1;
    }
}
