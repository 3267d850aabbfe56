namespace CoachLens.Transcripts;

/// <summary>A turn as a reader found it, before speaker names are normalized and roles are known.</summary>
/// <param name="RoleHint">A role the input states outright (a "role" field in our JSON); Unknown otherwise.</param>
public sealed record RawTurn(string Speaker, double? Start, double? End, string Text, Role RoleHint = Role.Unknown);
