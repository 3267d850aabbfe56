using CoachLens.Detection;
using CoachLens.Learning;
using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// The features of one coach turn for the coach-talk model. From the turn itself: words and word pairs,
/// how each sentence opens (after fillers and discourse markers) and ends, word classes and phrase frames
/// from the <see cref="TalkLexicon"/>, pronouns, length. From its context (TalkFeatures.Context.cs): the
/// previous client turn (shared content words, the shift from the client's "I" to the coach's "you",
/// feeling words, whether the client asked something), the coach's previous turn, and how the client
/// answered next (a "yes"/"no" follows a closed question).
/// Changing what is extracted changes <see cref="Version"/> (or a lexicon's version), and a model trained on
/// another <see cref="FeatureSet"/> is refused.
/// </summary>
public sealed partial class TalkFeatures
{
    public const string Version = "talk-features/2";

    private static readonly string[] Bins = ["0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9"];

    // Feature prefixes per sentence kind, built once so that extraction does not concatenate strings.
    private static readonly Dictionary<string, KindPrefixes> Prefixes = new[] { "q", "d", "x", "last-q", "last-d", "last-x" }
        .ToDictionary(k => k, k => new KindPrefixes(k), StringComparer.Ordinal);

    private readonly TalkLexicon lexicon;
    private readonly SpeechLexicon speech;
    private readonly ulong self;
    private readonly ulong other;
    private readonly ulong we;
    private readonly ulong backchannel;
    private readonly ulong feeling;
    private readonly ulong stop;
    private readonly ulong wh;

    public TalkFeatures()
        : this(TalkLexicon.Default, SpeechLexicon.Default)
    {
    }

    public TalkFeatures(TalkLexicon lexicon, SpeechLexicon speech)
    {
        this.lexicon = lexicon;
        this.speech = speech;
        (self, other, we) = (lexicon.Bit("self"), lexicon.Bit("other"), lexicon.Bit("we"));
        (backchannel, feeling, stop, wh) = (lexicon.Bit("backchannel"), lexicon.Bit("feeling"), lexicon.Bit("stop"), lexicon.Bit("wh"));
    }

    public TalkLexicon Lexicon => lexicon;

    /// <summary>What a model must have been trained on: this extractor's version and the lexicons' versions.</summary>
    public string FeatureSet => $"{Version}+lexicon.{lexicon.Version}+speech.{speech.Version}";

    /// <summary>The features of turn <paramref name="index"/>; prefer the <see cref="TalkTurns"/> overload for a whole transcript.</summary>
    public void Extract(DetectionContext context, int index, IFeatureSink sink) => Extract(new TalkTurns(context, this), index, sink);

    public void Extract(TalkTurns turns, int index, IFeatureSink sink)
    {
        var sentences = turns[index];
        sink.Add("bias", "1");
        if (sentences.Count == 0)
        {
            sink.Add("turn", "empty");
            return;
        }

        var words = 0;
        var (selfCount, otherCount, weCount, questions, numbers) = (0, 0, 0, 0, false);
        var backchannelOnly = true;
        foreach (var s in sentences)
        {
            SentenceFeatures(s, sink);
            words += s.Words.Count;
            questions += s.Kind == SpokenSentence.Question ? 1 : 0;
            numbers |= s.HasNumber;
            foreach (var w in s.Words)
            {
                var mask = lexicon.MaskOf(w);
                selfCount += (mask & self) != 0 ? 1 : 0;
                otherCount += (mask & other) != 0 ? 1 : 0;
                weCount += (mask & we) != 0 ? 1 : 0;
                backchannelOnly &= (mask & backchannel) != 0;
            }
        }

        var last = sentences[^1];
        sink.Add("end", last.Kind);
        sink.Add("first", sentences[0].Kind);
        sink.Add("nsent", Bin(sentences.Count));
        sink.Add("nq", Bin(questions));
        sink.Add("len", LengthBin(words));
        sink.Add("you", Bin(otherCount));
        sink.Add("i", Bin(selfCount));
        sink.Add("we", Bin(weCount));
        sink.Add("you-i", otherCount > selfCount ? "more-you" : otherCount == selfCount ? "same" : "more-i");
        if (numbers)
        {
            sink.Add("number", "1");
        }

        if (backchannelOnly)
        {
            sink.Add("backchannel", last.Kind);
        }

        Opening(Prefixes["last-" + last.Kind], last, sink);
        ContextFeatures(turns, index, sink);
    }

    /// <summary>The sentences of a turn, tokenized and cleaned of disfluencies; sentences of fillers only are dropped.</summary>
    public IReadOnlyList<SpokenSentence> Prepare(IReadOnlyList<Sentence> sentences)
    {
        var prepared = new List<SpokenSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var tokens = Tokenizer.Tokenize(s.Text, speech);
            var words = Disfluency.Clean(tokens);
            if (words.Count > 0)
            {
                var kind = s.IsQuestion ? SpokenSentence.Question : s.CutOff ? SpokenSentence.CutOff : SpokenSentence.Statement;
                prepared.Add(new SpokenSentence(s, kind, words, Disfluency.LeadingMarkers(words, speech), tokens.Any(t => t.Kind == TokenKind.Number)));
            }
        }

        return prepared;
    }

    private void SentenceFeatures(SpokenSentence s, IFeatureSink sink)
    {
        var prefixes = Prefixes[s.Kind];
        Opening(prefixes, s, sink);
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
                sink.Add(prefixes.Group, g);
            }

            foreach (var p in lexicon.PhrasesStartingWith(w[i]))
            {
                if (!p.At(w, i))
                {
                    continue;
                }

                sink.Add("p", p.Group);
                sink.Add(prefixes.Phrase, p.Group);
                sink.Add("ph", p.Text);
            }
        }

        sink.Add("b", previous, prefixes.End);
        if (s.Kind == SpokenSentence.Question)
        {
            QuestionFeatures(s, sink);
        }
    }

    private void QuestionFeatures(SpokenSentence s, IFeatureSink sink)
    {
        var w = s.Words;
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
        var text = s.Sentence.Text;
        var comma = text.LastIndexOf(',');
        if (comma > 0 && comma < text.Length - 2)
        {
            var clause = Tokenizer.Tokenize(text[(comma + 1)..], speech);
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
            if ((lexicon.MaskOf(w[i]) & wh) != 0)
            {
                sink.Add("q-wh-inside", "1");
                break;
            }
        }
    }

    // How a sentence opens once fillers and discourse markers are set aside: "what", "do you", "i wonder".
    private void Opening(KindPrefixes prefixes, SpokenSentence s, IFeatureSink sink)
    {
        var w = s.Words;
        var k = s.Skip;
        if (k >= w.Count)
        {
            sink.Add(prefixes.Open0, "markers");
            return;
        }

        var groups = lexicon.GroupsOf(w[k]);
        sink.Add(prefixes.Open1, w[k]);
        foreach (var g in groups)
        {
            sink.Add(prefixes.Open1Group, g);
        }

        if (k + 1 < w.Count)
        {
            sink.Add(prefixes.Open2, w[k], w[k + 1]);
            var next = lexicon.GroupsOf(w[k + 1]);
            foreach (var g in groups)
            {
                foreach (var g2 in next)
                {
                    sink.Add(prefixes.Open2Group, g, g2);
                }
            }
        }

        if (k + 2 < w.Count)
        {
            sink.Add(prefixes.Open3, string.Concat(w[k], " ", w[k + 1]), w[k + 2]);
        }
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

    private sealed class KindPrefixes(string kind)
    {
        public string Open0 { get; } = kind + "-open0";

        public string Open1 { get; } = kind + "-open1";

        public string Open1Group { get; } = kind + "-open1g";

        public string Open2 { get; } = kind + "-open2";

        public string Open2Group { get; } = kind + "-open2g";

        public string Open3 { get; } = kind + "-open3";

        public string Group { get; } = "g-" + kind;

        public string Phrase { get; } = "p-" + kind;

        public string End { get; } = "$" + kind;
    }
}
