namespace CoachLens.Training;

/// <summary>One coach turn to learn from: where it is, its feature names, and its gold labels and tied dimensions.</summary>
public sealed record TalkExample(string Document, int Turn, string[] Features, IReadOnlySet<string> Labels, IReadOnlySet<string> Uncertain);
