namespace CoachLens.Exam.Bank;

/// <summary>How many items the bank aims for, per kind and competency (issue 8: at least 160 situational, 120 knowledge).</summary>
public static class BankTargets
{
    private static readonly int[] Situational = [21, 19, 19, 24, 20, 20, 20, 20];
    private static readonly int[] Knowledge = [15, 15, 15, 16, 15, 15, 15, 15];

    public const int MinimumPerCompetency = 10;

    public const int MinimumTrustAndSafety = 40;

    /// <summary>Topics the Trust and Safety items must cover.</summary>
    public static IReadOnlyList<string> TrustTopics { get; } =
        ["resistant-client", "vulnerability-high-stakes", "repair-after-misstep", "confidentiality-sponsor", "referral"];

    public static int For(ItemKind kind, int competency) =>
        (kind == ItemKind.Situational ? Situational : Knowledge)[competency - 1];

    public static int Total(ItemKind kind) => Competencies.All.Sum(c => For(kind, c));
}
