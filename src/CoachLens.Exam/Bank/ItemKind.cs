namespace CoachLens.Exam.Bank;

/// <summary>Situational items (PCC/MCC: pick the best and the worst) or knowledge items (ACC: one answer).</summary>
public enum ItemKind
{
    Situational,
    Knowledge,
}
