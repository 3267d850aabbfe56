using CoachLens.Training;

namespace CoachLens.Cli.Tests;

/// <summary>The shared AnnoMI development data and scorer, when this machine has them.</summary>
public static class AnnomiData
{
    public static string? Gold => DataPaths.AnnomiGold(Paths.Root);

    public static string? Transcripts => Gold is null ? null : Path.Combine(Path.GetDirectoryName(Gold)!, "transcripts");

    /// <summary>../shared/tools/score_behaviors.py, found beside the data folder.</summary>
    public static string? Scorer =>
        Gold is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Gold)!, "..", "..", "tools", "score_behaviors.py")) is var p && File.Exists(p) ? p : null;
}

/// <summary>A fact that needs the AnnoMI data and the shared scorer (with python3); skipped, saying so, when they are absent.</summary>
public sealed class AnnomiScorerFactAttribute : FactAttribute
{
    public AnnomiScorerFactAttribute()
    {
        if (AnnomiData.Gold is null || AnnomiData.Scorer is null)
        {
            Skip = "the AnnoMI development data or ../shared/tools/score_behaviors.py is not here (set COACHLENS_SHARED_DATA)";
        }
        else if (!File.Exists("/usr/bin/python3") && !File.Exists("/usr/local/bin/python3"))
        {
            Skip = "python3 is not installed, so the shared scorer cannot run";
        }
    }
}
