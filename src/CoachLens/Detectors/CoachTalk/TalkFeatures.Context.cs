using CoachLens.Learning;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>The context features of a coach turn: the client turn before it, the coach's turn before it, the client's answer.</summary>
public sealed partial class TalkFeatures
{
    private void ContextFeatures(TalkTurns turns, int index, IFeatureSink sink)
    {
        var context = turns.Context;
        var sentences = turns[index];
        var previous = turns.Nearest(index, -1, coach: false);
        if (previous < 0)
        {
            sink.Add("client-before", "none");
        }
        else
        {
            var client = turns[previous];
            var clientWords = turns.Words(previous);
            sink.Add("client-before", index > 0 && context.Turns[index - 1].Turn.IsClient ? "adjacent" : "earlier");
            sink.Add("client-len", LengthBin(clientWords.Count));
            sink.Add("client-end", client.Count == 0 ? "none" : client[^1].Kind);
            if (clientWords.Count > 0)
            {
                sink.Add("client-first", clientWords[0]);
            }

            Overlap(sentences, clientWords, sink);
            var clientMask = 0UL;
            foreach (var w in clientWords)
            {
                clientMask |= lexicon.MaskOf(w);
            }

            var coachFeeling = sentences.Any(s => s.Words.Any(w => (lexicon.MaskOf(w) & feeling) != 0));
            if ((clientMask & feeling) != 0)
            {
                sink.Add("client-feeling", coachFeeling ? "both" : "client");
            }

            // The shift from the client's "I" to the coach's "you" in a statement: the grammar of a reflection.
            var youStatement = sentences.Any(s => s.Kind != SpokenSentence.Question && s.Words.Skip(s.Skip).Take(6).Any(w => (lexicon.MaskOf(w) & other) != 0));
            if ((clientMask & self) != 0 && youStatement)
            {
                sink.Add("shift", "i-to-you");
            }
        }

        var coachBefore = turns.Nearest(index, -1, coach: true);
        if (coachBefore < 0)
        {
            sink.Add("coach-before", "none");
        }
        else
        {
            var before = turns[coachBefore];
            sink.Add("coach-before-len", LengthBin(turns.Words(coachBefore).Count));
            sink.Add("coach-before-end", before.Count == 0 ? "none" : before[^1].Kind + (before[^1].Sentence.CutOff ? "-cut" : string.Empty));
            foreach (var w in turns.Words(coachBefore))
            {
                foreach (var g in lexicon.GroupsOf(w))
                {
                    sink.Add("coach-before-g", g);
                }
            }
        }

        if (context.Turns[index].Spoken.StartsWith('-'))
        {
            sink.Add("continues", "1");
        }

        var next = turns.Nearest(index, 1, coach: false);
        if (next < 0)
        {
            sink.Add("client-after", "none");
        }
        else
        {
            var answer = turns.Words(next);
            sink.Add("answer-len", LengthBin(answer.Count));
            if (answer.Count > 0)
            {
                sink.Add("answer-first", answer[0]);
            }
        }
    }

    private void Overlap(IReadOnlyList<SpokenSentence> sentences, List<string> clientWords, IFeatureSink sink)
    {
        var clientStems = new HashSet<string>(StringComparer.Ordinal);
        var clientPairs = new HashSet<(string, string)>();
        for (var i = 0; i < clientWords.Count; i++)
        {
            if (IsContent(clientWords[i]))
            {
                clientStems.Add(Stemmer.Of(clientWords[i]));
            }

            if (i > 0)
            {
                clientPairs.Add((clientWords[i - 1], clientWords[i]));
            }
        }

        var coachStems = new HashSet<string>(StringComparer.Ordinal);
        var (shared, sharedPairs, statementShared) = (0, 0, 0);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Count; i++)
            {
                var w = s.Words[i];
                var content = IsContent(w);
                if (i > 0 && clientPairs.Contains((s.Words[i - 1], w)) && (content || IsContent(s.Words[i - 1])))
                {
                    sharedPairs++;
                }

                if (content)
                {
                    var stem = Stemmer.Of(w);
                    if (coachStems.Add(stem) && clientStems.Contains(stem))
                    {
                        shared++;
                        statementShared += s.Kind == SpokenSentence.Question ? 0 : 1;
                    }
                }
            }
        }

        sink.Add("overlap", Bin(shared));
        sink.Add("overlap-statement", Bin(statementShared));
        sink.Add("overlap-pairs", Bin(sharedPairs));
        var ratio = coachStems.Count == 0 ? 0 : (double)shared / coachStems.Count;
        sink.Add("overlap-share", ratio switch { 0 => "0", < 0.2 => "<.2", < 0.4 => "<.4", < 0.6 => "<.6", _ => ">=.6" });
    }

    /// <summary>
    /// Whether a coach turn opens by giving the client's own words back: a short first sentence (at most
    /// <paramref name="maxWords"/> words), not a question, most of whose content words the client has just said
    /// ("Too many priorities. How many are there?"). In MI coding that is a simple reflection.
    /// </summary>
    public bool EchoesClient(TalkTurns turns, int index, int maxWords)
    {
        if (index == 0 || !turns.Context.Turns[index - 1].Turn.IsClient || turns[index].Count == 0)
        {
            return false;
        }

        var first = turns[index][0];
        if (first.Kind == SpokenSentence.Question || first.Words.Count > maxWords)
        {
            return false;
        }

        var content = first.Words.Where(IsContent).Select(Stemmer.Of).ToList();
        if (content.Count == 0)
        {
            return false;
        }

        var client = turns.Words(index - 1).Select(Stemmer.Of).ToHashSet(StringComparer.Ordinal);
        var said = content.Count(client.Contains);
        return content.Count == 1 ? said == 1 : said * 2 >= content.Count + 1;
    }

    private bool IsContent(string word) => word.Length > 2 && (lexicon.MaskOf(word) & stop) == 0;
}
