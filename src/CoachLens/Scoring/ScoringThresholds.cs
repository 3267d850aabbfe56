namespace CoachLens.Scoring;

/// <summary>Numbers the computed markers use; data in marker-rules.data.json so they are easy to change.</summary>
public sealed record ScoringThresholds(
    double TalkShareObserved,
    double TalkSharePartial,
    double OpenShareObserved,
    double OpenSharePartial,
    int StackedObservedMax,
    int StackedPartialMax,
    double QuestionWordsMax,
    double CoachTurnWordsMedianMax,
    double CoachTurnWordsMedianPartialMax,
    int LongTurnWords,
    double SilenceGapSeconds);
