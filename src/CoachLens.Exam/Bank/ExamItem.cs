namespace CoachLens.Exam.Bank;

/// <summary>
/// One bank item. <see cref="Key"/> is the best response of a situational item or the answer of a knowledge
/// item; <see cref="Worst"/> is set for situational items only.
/// </summary>
public sealed record ExamItem(
    string Id,
    ItemKind Kind,
    int Competency,
    IReadOnlyList<string> SubItems,
    string Topic,
    char Key,
    char? Worst,
    LocalizedText Stem,
    IReadOnlyList<ItemOption> Options,
    string SourceFile)
{
    /// <summary>Points available: 2 for a situational item (best and worst), 1 for a knowledge item.</summary>
    public int MaxPoints => Kind == ItemKind.Situational ? 2 : 1;

    public char Domain => Competencies.DomainOf(Competency);

    public ItemOption Option(char key) => Options.First(o => o.Key == key);

    public bool IsCompleteIn(ExamLanguage language) =>
        Stem.IsCompleteIn(language) && Options.All(o => o.IsCompleteIn(language));

    /// <summary>The item's text in a language, falling back to English where the language is missing.</summary>
    public string StemIn(ExamLanguage language) => Stem.IsCompleteIn(language) ? Stem.In(language)! : Stem.En ?? string.Empty;

    public OptionText OptionIn(char key, ExamLanguage language)
    {
        var option = Option(key);
        return option.In(language) is { IsComplete: true } text ? text : option.En ?? new OptionText(string.Empty, string.Empty);
    }
}
