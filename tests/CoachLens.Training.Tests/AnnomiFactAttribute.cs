namespace CoachLens.Training.Tests;

/// <summary>A fact that needs the AnnoMI development data; it is skipped, saying so, when the data is not on this machine.</summary>
public sealed class AnnomiFactAttribute : FactAttribute
{
    public AnnomiFactAttribute()
    {
        if (DataPaths.AnnomiGold() is null)
        {
            Skip = "the AnnoMI development data is not here (looked for COACHLENS_SHARED_DATA or shared/data/annomi-dev/gold.jsonl beside the repository)";
        }
    }
}
