namespace CoachLens.Detection;

/// <summary>The one behavior-code vocabulary of the product (docs/behaviors.md defines each).</summary>
public static class Behaviors
{
    public const string OpenQuestion = "open_question";
    public const string ClosedQuestion = "closed_question";
    public const string StackedQuestions = "stacked_questions";
    public const string LeadingQuestion = "leading_question";
    public const string Reflection = "reflection";
    public const string Summary = "summary";
    public const string Empathy = "empathy";
    public const string Acknowledgment = "acknowledgment";
    public const string FeelingsExploration = "feelings_exploration";
    public const string Invitation = "invitation";
    public const string Permission = "permission";
    public const string Observation = "observation";
    public const string Advice = "advice";
    public const string Information = "information";
    public const string Judgment = "judgment";
    public const string Minimizing = "minimizing";
    public const string SelfDisclosure = "self_disclosure";
    public const string Agreement = "agreement";
    public const string Confidentiality = "confidentiality";
    public const string Silence = "silence";
    public const string Interruption = "interruption";
    public const string Celebration = "celebration";
    public const string LearningInvitation = "learning_invitation";
    public const string ActionDesign = "action_design";
    public const string Closing = "closing";
    public const string Apology = "apology";
    public const string Referral = "referral";

    public const string Feeling = "feeling";
    public const string Disclosure = "disclosure";
    public const string Guarded = "guarded";
    public const string Insight = "insight";
    public const string Risk = "risk";

    /// <summary>Codes a coach turn may carry, in the documented order.</summary>
    public static IReadOnlyList<string> Coach { get; } =
    [
        OpenQuestion, ClosedQuestion, StackedQuestions, LeadingQuestion, Reflection, Summary, Empathy,
        Acknowledgment, FeelingsExploration, Invitation, Permission, Observation, Advice, Information,
        Judgment, Minimizing, SelfDisclosure, Agreement, Confidentiality, Silence, Interruption, Celebration,
        LearningInvitation, ActionDesign, Closing, Apology, Referral,
    ];

    /// <summary>Codes a client turn may carry.</summary>
    public static IReadOnlyList<string> Client { get; } = [Feeling, Disclosure, Guarded, Insight, Risk];

    public static IReadOnlyList<string> All { get; } = [.. Coach, .. Client];

    /// <summary>Position of a code in the vocabulary; reports list a turn's codes in this order.</summary>
    public static int Order(string code) => Positions.GetValueOrDefault(code, int.MaxValue);

    private static readonly Dictionary<string, int> Positions =
        All.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
}
