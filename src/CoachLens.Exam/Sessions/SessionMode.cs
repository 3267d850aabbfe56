namespace CoachLens.Exam.Sessions;

/// <summary>How items were chosen and presented: a timed form, untimed practice by competency, or the weak-area drill.</summary>
public enum SessionMode
{
    Form,
    Practice,
    Drill,
}
