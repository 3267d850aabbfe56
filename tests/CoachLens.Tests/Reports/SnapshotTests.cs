using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

/// <summary>
/// Reviewed snapshots of every sample's reports. A change in output fails here until the new snapshot
/// is reviewed and accepted: run with UPDATE_SNAPSHOTS=1 and read the diff before committing it.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var f in Repo.SampleFiles)
        {
            foreach (var format in ReportRenderers.Default.Select(r => r.Format))
            {
                foreach (var language in Languages.All)
                {
                    data.Add(Path.GetFileName(f), format, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_MatchesItsReviewedSnapshot(string sample, string format, string language)
    {
        var renderer = ReportRenderers.Find(format)!;
        var analysis = Analysis.For(language);
        var actual = System.Text.Encoding.UTF8.GetString(renderer.Render(analysis.Analyze(Some.Sample(sample)), analysis.Rubric));
        // English snapshots keep their original names; other languages add the language before the extension.
        var suffix = language == Languages.English ? string.Empty : "." + language;
        var path = Path.Combine(Repo.Root, "tests", "CoachLens.Tests", "Snapshots", $"{Path.GetFileNameWithoutExtension(sample)}{suffix}.{renderer.Extension}");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no snapshot at {path}; run with UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
