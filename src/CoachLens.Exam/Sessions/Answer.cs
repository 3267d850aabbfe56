using System.Text.Json.Serialization;
using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Sessions;

/// <summary>
/// The candidate's picks for one item. <see cref="Best"/> is the best response of a situational item or the
/// chosen answer of a knowledge item; <see cref="Worst"/> is used by situational items only.
/// </summary>
public sealed record Answer(string ItemId, char? Best, char? Worst)
{
    [JsonIgnore]
    public bool IsAnswered => Best is not null;

    /// <summary>Why this answer cannot be given to the item, or null when it can.</summary>
    public string? ProblemWith(ExamItem item)
    {
        static bool IsKey(char? k) => k is >= 'A' and <= 'D';
        if (item.Kind == ItemKind.Situational)
        {
            return !IsKey(Best) || !IsKey(Worst) ? "a situational item needs best=A-D and worst=A-D"
                : Best == Worst ? "the best and the worst response must differ"
                : null;
        }

        return !IsKey(Best) || Worst is not null ? "a knowledge item needs one answer A-D" : null;
    }
}
