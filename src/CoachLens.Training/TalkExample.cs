namespace CoachLens.Training;

/// <summary>
/// One coach turn to learn from: where it is, its feature names, its gold labels and tied dimensions, and
/// whether a rule already decides that its question is open (then the open head does not learn from it).
/// </summary>
public sealed record TalkExample(string Document, int Turn, string[] Features, IReadOnlySet<string> Labels, IReadOnlySet<string> Uncertain, bool OpenByRule = false);
