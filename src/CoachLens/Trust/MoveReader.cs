using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Reads which coach moves a coach turn makes, from the detected behavior codes and the coach-moves data.
/// Two moves depend on the conversation: hard territory counts only without the client's permission or lead,
/// and a reflection of feeling gives back a feeling word the client just used.
/// </summary>
public sealed class MoveReader
{
    private const string HardTerritory = "hard_territory";
    private readonly MoveRules rules;
    private readonly ScoringContext context;
    private readonly Cue feelingWords;
    private readonly Dictionary<int, IReadOnlyList<string>> cache = [];

    public MoveReader(TrustRules rules, ScoringContext context)
    {
        this.rules = rules.Moves;
        this.context = context;
        feelingWords = rules.Openness.Signals.First(s => s.Id == "feeling_words");
    }

    public MoveRules Rules => rules;

    /// <summary>The moves of a coach turn, in data-file order; empty for client turns.</summary>
    public IReadOnlyList<string> MovesOf(int turn)
    {
        if (!cache.TryGetValue(turn, out var moves))
        {
            moves = Read(turn);
            cache[turn] = moves;
        }

        return moves;
    }

    public bool Has(int turn, string move) => MovesOf(turn).Contains(move);

    public bool Opens(int turn) => MovesOf(turn).Any(IsOpening);

    public bool Closes(int turn) => MovesOf(turn).Any(m => !IsOpening(m));

    public bool IsOpening(string move) => move == MoveRules.ReflectionOfFeeling || rules.Move(move).Opening;

    /// <summary>Evidence for a move: the sentence where it fires.</summary>
    public Evidence Quote(int turn, string move)
    {
        var view = context.Turns[turn];
        var position = move == MoveRules.ReflectionOfFeeling ? 0 : rules.Move(move).Cue.Position(turn, view.Spoken, context.Detection) ?? 0;
        return context.Quote(turn, position);
    }

    /// <summary>The feeling words a turn uses, lower-cased ("humiliating", "sick").</summary>
    public IReadOnlyList<string> FeelingWordsOf(int turn) =>
        feelingWords.Patterns.SelectMany(p => p.Matches(context.Turns[turn].Spoken))
            .Select(m => m.Value.ToLowerInvariant().Split(' ')[^1])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private List<string> Read(int turn)
    {
        var view = context.Turns[turn];
        var moves = new List<string>();
        if (!view.Turn.IsCoach)
        {
            return moves;
        }

        foreach (var move in rules.Moves)
        {
            if (move.Id == HardTerritory)
            {
                if (IsUninvitedHardTerritory(turn))
                {
                    moves.Add(move.Id);
                }
            }
            else if (move.Cue.Fires(turn, view.Spoken, context.Detection))
            {
                moves.Add(move.Id);
            }
        }

        if (ReflectsFeeling(turn))
        {
            moves.Add(MoveRules.ReflectionOfFeeling);
        }

        return moves;
    }

    private bool IsUninvitedHardTerritory(int turn)
    {
        var match = rules.Move(HardTerritory).Cue.FirstMatch(context.Turns[turn].Spoken);
        if (match is null)
        {
            return false;
        }

        var asked = new[] { turn, PreviousCoach(turn) }.OfType<int>()
            .Any(t => rules.Move("permission").Cue.Fires(t, context.Turns[t].Spoken, context.Detection)
                || rules.Move("autonomy").Cue.Fires(t, context.Turns[t].Spoken, context.Detection));
        var client = turn > 0 && context.Turns[turn - 1].Turn.IsClient ? context.Turns[turn - 1].Spoken : string.Empty;
        var lastWord = match.Value.Split(' ')[^1];
        var clientLed = client.Contains(lastWord, StringComparison.OrdinalIgnoreCase);
        return !asked && !clientLed;
    }

    private bool ReflectsFeeling(int turn)
    {
        if (turn == 0 || !context.Turns[turn - 1].Turn.IsClient)
        {
            return false;
        }

        var coachWords = context.Turns[turn].Words.ToHashSet(StringComparer.Ordinal);
        var echoed = FeelingWordsOf(turn - 1).Any(coachWords.Contains);
        var reflection = context.Detection.Has(turn, Detection.Behaviors.Reflection) && feelingWords.Matches(context.Turns[turn].Spoken);
        return echoed || reflection;
    }

    private int? PreviousCoach(int turn)
    {
        for (var i = turn - 1; i >= 0; i--)
        {
            if (context.Turns[i].Turn.IsCoach)
            {
                return i;
            }
        }

        return null;
    }
}
