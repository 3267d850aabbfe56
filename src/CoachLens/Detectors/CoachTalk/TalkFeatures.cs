using CoachLens.Detection;
using CoachLens.Learning;
using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// The features of one coach turn for the coach-talk model. From the turn itself: words and word pairs,
/// how each sentence opens (after fillers and discourse markers) and ends, word classes and phrase frames
/// from the <see cref="TalkLexicon"/>, pronouns, length. From its context: the previous client turn (shared
/// content words, the shift from the client's "I" to the coach's "you", feeling words, whether the client
/// asked something) and how the client answered next (a "yes"/"no" follows a closed question).
/// Changing what is extracted changes <see cref="Version"/>, and a model trained on another version is refused.
/// </summary>
public sealed class TalkFeatures(TalkLexicon lexicon, SpeechLexicon speech)
{
    public const string Version = "talk-features/2";

    private static readonly string[] Bins = ["0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9"];

    public TalkFeatures()
        : this(TalkLexicon.Default, SpeechLexicon.Default)
    {
    }

    public TalkLexicon Lexicon => lexicon;

    /// <summary>What a model must have been trained on: this extractor's version and the lexicons' versions.</summary>
    public string FeatureSet => $"{Version}+lexicon.{lexicon.Version}+speech.{speech.Version}";

    public void Extract(DetectionContext context, int index, IFeatureSink sink) =>
        Extract(Prepare(context.Turns[index].Sentences), context, index, sink);

    /// <summary>The sentences of a turn, tokenized and cleaned of disfluencies.</summary>
    public IReadOnlyList<SpokenSentence> Prepare(IReadOnlyList<Sentence> sentences)
    {
        var prepared = new List<SpokenSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var tokens = Tokenizer.Tokenize(s.Text, speech);
            var words = Disfluency.Clean(tokens);
            if (words.Count > 0)
            {
                var kind = s.IsQuestion ? "q" : s.CutOff ? "x" : "d";
                prepared.Add(new SpokenSentence(s, kind, words, Disfluency.LeadingMarkers(words, speech), tokens.Any(t => t.Kind == TokenKind.Number)));
            }
        }

        return prepared;
    }

    private void Extract(IReadOnlyList<SpokenSentence> sentences, DetectionContext context, int index, IFeatureSink sink)
    {
        sink.Add("bias", "1");
        if (sentences.Count == 0)
        {
            sink.Add("turn", "empty");
            return;
        }

        var words = 0;
        var (self, other, we, questions, numbers) = (0, 0, 0, 0, false);
        var backchannelOnly = true;
        foreach (var s in sentences)
        {
            SentenceFeatures(s, sink);
            words += s.Words.Count;
            questions += s.Kind == "q" ? 1 : 0;
            numbers |= s.HasNumber;
            foreach (var w in s.Words)
            {
                self += lexicon.Is("self", w) ? 1 : 0;
                other += lexicon.Is("other", w) ? 1 : 0;
                we += lexicon.Is("we", w) ? 1 : 0;
                backchannelOnly &= lexicon.Is("backchannel", w);
            }
        }

        var last = sentences[^1];
        sink.Add("end", last.Kind);
        sink.Add("first", sentences[0].Kind);
        sink.Add("nsent", Bin(sentences.Count));
        sink.Add("nq", Bin(questions));
        sink.Add("len", LengthBin(words));
        sink.Add("you", Bin(other));
        sink.Add("i", Bin(self));
        sink.Add("we", Bin(we));
        sink.Add("you-i", other > self ? "more-you" : other == self ? "same" : "more-i");
        if (numbers)
        {
            sink.Add("number", "1");
        }

        if (backchannelOnly)
        {
            sink.Add("backchannel", last.Kind);
        }

        Opening("last-" + last.Kind, last, sink);
        ContextFeatures(sentences, context, index, sink);
    }

    private void SentenceFeatures(SpokenSentence s, IFeatureSink sink)
    {
        Opening(s.Kind, s, sink);
        var w = s.Words;
        var previous = "^";
        for (var i = 0; i < w.Count; i++)
        {
            sink.Add("w", w[i]);
            if (i >= s.Skip)
            {
                sink.Add("b", previous, w[i]);
                previous = w[i];
            }

            foreach (var g in lexicon.GroupsOf(w[i]))
            {
                sink.Add("g", g);
                sink.Add("g-" + s.Kind, g);
            }

            foreach (var p in lexicon.PhrasesAt(w, i))
            {
                sink.Add("p", p.Group);
                sink.Add("p-" + s.Kind, p.Group);
                sink.Add("ph", p.Text);
            }
        }

        sink.Add("b", previous, "$" + s.Kind);
        if (s.Kind == "q")
        {
            var before = "^";
            for (var i = s.Skip; i < w.Count; i++)
            {
                sink.Add("qw", w[i]);
                sink.Add("qb", before, w[i]);
                before = w[i];
            }

            if (w.Contains("or"))
            {
                sink.Add("q-or", "1");
            }

            // The main clause after a preamble: "When you picture it, what comes up?"
            var comma = s.Sentence.Text.LastIndexOf(',');
            if (comma > 0 && comma < s.Sentence.Text.Length - 2)
            {
                var clause = Tokenizer.Tokenize(s.Sentence.Text[(comma + 1)..], speech);
                var first = clause.FirstOrDefault(t => t.Kind != TokenKind.Filler);
                if (first.Value is { } head)
                {
                    sink.Add("q-clause-open1", head);
                    foreach (var g in lexicon.GroupsOf(head))
                    {
                        sink.Add("q-clause-open1g", g);
                    }
                }
            }

            for (var i = s.Skip + 1; i < w.Count && i < s.Skip + 8; i++)
            {
                if (lexicon.Is("wh", w[i]))
                {
                    sink.Add("q-wh-inside", "1");
                    break;
                }
            }
        }
    }

    // How a sentence opens once fillers and discourse markers are set aside: "what", "do you", "i wonder".
    private void Opening(string kind, SpokenSentence s, IFeatureSink sink)
    {
        var w = s.Words;
        var k = s.Skip;
        if (k >= w.Count)
        {
            sink.Add(kind + "-open0", "markers");
            return;
        }

        sink.Add(kind + "-open1", w[k]);
        foreach (var g in lexicon.GroupsOf(w[k]))
        {
            sink.Add(kind + "-open1g", g);
        }

        if (k + 1 < w.Count)
        {
            sink.Add(kind + "-open2", w[k], w[k + 1]);
            foreach (var g in lexicon.GroupsOf(w[k]))
            {
                foreach (var g2 in lexicon.GroupsOf(w[k + 1]))
                {
                    sink.Add(kind + "-open2g", g, g2);
                }
            }
        }

        if (k + 2 < w.Count)
        {
            sink.Add(kind + "-open3", string.Concat(w[k], " ", w[k + 1]), w[k + 2]);
        }
    }

    private void ContextFeatures(IReadOnlyList<SpokenSentence> sentences, DetectionContext context, int index, IFeatureSink sink)
    {
        var previous = context.PreviousClient(index);
        if (previous is null)
        {
            sink.Add("client-before", "none");
        }
        else
        {
            var client = Prepare(previous.Sentences);
            var clientWords = client.SelectMany(s => s.Words).ToList();
            sink.Add("client-before", index > 0 && context.Turns[index - 1].Turn.IsClient ? "adjacent" : "earlier");
            sink.Add("client-len", LengthBin(clientWords.Count));
            sink.Add("client-end", client.Count == 0 ? "none" : client[^1].Kind);
            if (clientWords.Count > 0)
            {
                sink.Add("client-first", clientWords[0]);
            }

            Overlap(sentences, clientWords, sink);
            var clientSelf = clientWords.Any(w => lexicon.Is("self", w));
            var clientFeeling = clientWords.Any(w => lexicon.Is("feeling", w));
            var coachFeeling = sentences.Any(s => s.Words.Any(w => lexicon.Is("feeling", w)));
            if (clientFeeling)
            {
                sink.Add("client-feeling", coachFeeling ? "both" : "client");
            }

            // The shift from the client's "I" to the coach's "you" in a statement: the grammar of a reflection.
            var youStatement = sentences.Any(s => s.Kind != "q" && s.Words.Skip(s.Skip).Take(6).Any(w => lexicon.Is("other", w)));
            if (clientSelf && youStatement)
            {
                sink.Add("shift", "i-to-you");
            }
        }

        var coachBefore = PreviousCoach(context, index);
        if (coachBefore is null)
        {
            sink.Add("coach-before", "none");
        }
        else
        {
            var before = Prepare(coachBefore.Sentences);
            sink.Add("coach-before-len", LengthBin(before.Sum(s => s.Words.Count)));
            sink.Add("coach-before-end", before.Count == 0 ? "none" : before[^1].Kind + (before[^1].Sentence.CutOff ? "-cut" : string.Empty));
            foreach (var s in before)
            {
                foreach (var w in s.Words)
                {
                    foreach (var g in lexicon.GroupsOf(w))
                    {
                        sink.Add("coach-before-g", g);
                    }
                }
            }
        }

        if (context.Turns[index].Spoken.StartsWith('-'))
        {
            sink.Add("continues", "1");
        }

        var next = NextClient(context, index);
        if (next is null)
        {
            sink.Add("client-after", "none");
        }
        else
        {
            var answer = Prepare(next.Sentences).SelectMany(s => s.Words).ToList();
            sink.Add("answer-len", LengthBin(answer.Count));
            if (answer.Count > 0)
            {
                sink.Add("answer-first", answer[0]);
            }
        }
    }

    private void Overlap(IReadOnlyList<SpokenSentence> sentences, List<string> clientWords, IFeatureSink sink)
    {
        var clientStems = clientWords.Where(IsContent).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var clientPairs = new HashSet<(string, string)>();
        for (var i = 1; i < clientWords.Count; i++)
        {
            clientPairs.Add((clientWords[i - 1], clientWords[i]));
        }

        var coachStems = new HashSet<string>(StringComparer.Ordinal);
        var (shared, sharedPairs, statementShared) = (0, 0, 0);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Count; i++)
            {
                var w = s.Words[i];
                if (i > 0 && clientPairs.Contains((s.Words[i - 1], w)) && (IsContent(w) || IsContent(s.Words[i - 1])))
                {
                    sharedPairs++;
                }

                if (IsContent(w) && coachStems.Add(Stem(w)) && clientStems.Contains(Stem(w)))
                {
                    shared++;
                    statementShared += s.Kind == "q" ? 0 : 1;
                }
            }
        }

        sink.Add("overlap", Bin(shared));
        sink.Add("overlap-statement", Bin(statementShared));
        sink.Add("overlap-pairs", Bin(sharedPairs));
        var ratio = coachStems.Count == 0 ? 0 : (double)shared / coachStems.Count;
        sink.Add("overlap-share", ratio switch { 0 => "0", < 0.2 => "<.2", < 0.4 => "<.4", < 0.6 => "<.6", _ => ">=.6" });
    }

    private bool IsContent(string word) => word.Length > 2 && !lexicon.Is("stop", word);

    // A crude suffix stripper, enough to match "drinking" with "drink" and "worried" with "worry".
    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }

    private static TurnView? PreviousCoach(DetectionContext context, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (context.Turns[i].Turn.IsCoach)
            {
                return context.Turns[i];
            }
        }

        return null;
    }

    private static TurnView? NextClient(DetectionContext context, int index)
    {
        for (var i = index + 1; i < context.Turns.Count; i++)
        {
            if (context.Turns[i].Turn.IsClient)
            {
                return context.Turns[i];
            }
        }

        return null;
    }

    private static string Bin(int n) => n < Bins.Length ? Bins[n] : "10+";

    private static string LengthBin(int words) => words switch
    {
        <= 2 => "1-2",
        <= 5 => "3-5",
        <= 10 => "6-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        <= 80 => "41-80",
        _ => "81+",
    };
}

/// <summary>A sentence ready for features: its kind ("q" question, "d" statement, "x" cut off), cleaned words, how many open it as markers.</summary>
public sealed record SpokenSentence(Sentence Sentence, string Kind, IReadOnlyList<string> Words, int Skip, bool HasNumber);
