namespace CoachLens.Training;

/// <summary>The shipped training settings, one place for `train`, `cv` and `coachlens eval`.</summary>
public static class Defaults
{
    public static TrainerOptions Trainer { get; } = new();
}
