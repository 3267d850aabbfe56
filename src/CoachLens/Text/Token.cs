namespace CoachLens.Text;

/// <summary>What a token is in speech.</summary>
public enum TokenKind
{
    /// <summary>A word that carries content or grammar.</summary>
    Word,

    /// <summary>A number written in digits ("12", "3.5", "40%").</summary>
    Number,

    /// <summary>A hesitation sound that carries no words ("um", "uh", "mm-hmm").</summary>
    Filler,
}

/// <summary>
/// A token of speech: its span in the text it came from, its normalized form (lower case, straight
/// apostrophe) and its kind. <paramref name="Restart"/> marks a false start: a stutter ("I-I"), a
/// partial word ("th-the") or a word cut off with a dash ("average-").
/// </summary>
public readonly record struct Token(int Start, int Length, string Value, TokenKind Kind, bool Restart = false);
