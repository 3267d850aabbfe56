using CoachLens.Reports;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

/// <summary>
/// Reviewed snapshots of every sample's reports. A change in output fails here until the new snapshot
/// is reviewed and accepted: run with UPDATE_SNAPSHOTS=1 and read the diff before committing it.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Repo.SampleFiles)
        {
            foreach (var format in ReportRenderers.Default.Select(r => r.Format))
            {
                data.Add(Path.GetFileName(f), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_MatchesItsReviewedSnapshot(string sample, string format)
    {
        var renderer = ReportRenderers.Find(format)!;
        var actual = System.Text.Encoding.UTF8.GetString(renderer.Render(Analysis.Default.Analyze(Some.Sample(sample)), Analysis.Default.Rubric));
        var path = Path.Combine(Repo.Root, "tests", "CoachLens.Tests", "Snapshots", $"{Path.GetFileNameWithoutExtension(sample)}.{renderer.Extension}");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no snapshot at {path}; run with UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
