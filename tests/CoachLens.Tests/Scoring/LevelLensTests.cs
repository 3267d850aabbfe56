using CoachLens.Tests.Support;

namespace CoachLens.Tests.Scoring;

public class LevelLensTests
{
    private static readonly string[] Consulting =
    [
        "[00:00:01] Coach: Hi Sam, what do you want to talk about?",
        "[00:00:05] Client: My manager keeps changing my priorities and I'm fed up.",
        "[00:00:12] Coach: You should book a meeting with her tomorrow and ask for a written list.",
        "[00:00:20] Client: Maybe.",
        "[00:00:22] Coach: And you need to push back when she adds things. If I were you I'd say no more often.",
        "[00:00:30] Client: Okay.",
        "[00:00:32] Coach: Also you should keep a log of every change so you have evidence.",
        "[00:00:40] Client: Right.",
        "[00:00:42] Coach: Why don't you send her the log every Friday?",
        "[00:00:50] Client: Sure.",
    ];

    [Fact]
    public void ConsultingSession_ReadsBelowAccWithTheReasonNamed()
    {
        var report = Analysis.Default.Analyze(Some.Transcript(Consulting));
        Assert.True(report.Ethics.ConsultingMode);
        Assert.Equal("below_ACC", report.LevelLens.ClosestLevel);
        var acc = report.LevelLens.Levels.Single(l => l.Level == "ACC");
        Assert.False(acc.Meets);
        Assert.Contains(acc.EvidenceAgainst, e => e.Contains("consulting", StringComparison.Ordinal));
    }

    [Fact]
    public void LevelLens_AlwaysCarriesItsCaveatAndIsLabelledNotAVerdict()
    {
        var report = Analysis.Default.Analyze(Some.Sample("strong-pcc-career-change.txt"));
        Assert.Contains("not a pass/fail verdict", report.LevelLens.Label, StringComparison.Ordinal);
        Assert.Contains("not an ICF assessment", report.LevelLens.Caveat, StringComparison.Ordinal);
        Assert.Equal(["ACC", "PCC", "MCC"], report.LevelLens.Levels.Select(l => l.Level));
    }

    [Fact]
    public void StrongSample_ReadsAtLeastAtAccAndTheConsultingSampleDoesNot()
    {
        string[] order = ["below_ACC", "ACC", "PCC", "MCC"];
        var strong = Analysis.Default.Analyze(Some.Sample("strong-pcc-career-change.txt")).LevelLens.ClosestLevel;
        var weak = Analysis.Default.Analyze(Some.Sample("consulting-mode-team-lead.txt")).LevelLens.ClosestLevel;
        Assert.True(Array.IndexOf(order, strong) > Array.IndexOf(order, weak), $"strong {strong}, consulting {weak}");
    }
}
