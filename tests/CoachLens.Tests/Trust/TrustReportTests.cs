using System.Text.Json;
using CoachLens.Reports;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Trust;

/// <summary>The trust view in the report of every gold session: valid JSON, quotes from the right turns, the Markdown section.</summary>
public class TrustReportTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Docs, "report.schema.json"))).RootElement;

    public static TheoryData<string> Sessions()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "data", "sessions"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void TrustSection_ValidatesAgainstTheReportSchema(string session)
    {
        var json = JsonReport.Write(Analyze(session));
        Assert.Empty(MiniJsonSchema.Validate(Schema, JsonDocument.Parse(json).RootElement));
        Assert.True(JsonDocument.Parse(json).RootElement.TryGetProperty("trust", out var trust));
        Assert.True(trust.TryGetProperty("trajectory", out _));
        Assert.True(trust.TryGetProperty("moments", out _));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void TrustEvidence_QuotesWordsOfTheQuotedTurn(string session)
    {
        var transcript = Load(session);
        var trust = Analysis.Default.Analyze(transcript).Trust;
        var evidence = trust.TrustBreakers.Select(b => b.Evidence)
            .Concat(trust.Repairs.Select(r => r.Evidence))
            .Concat(trust.Referral.RiskCues.Select(c => c.Evidence))
            .Concat(trust.Contracting.Topics.SelectMany(t => t.Evidence));
        foreach (var e in evidence)
        {
            Assert.Contains(e.Quote.TrimEnd('…'), TurnAnnotations.Strip(transcript.Turns[e.Turn].Text), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Trajectory_HasEveryClientTurnInOrder_AndMomentsPointAtTheRightTurns(string session)
    {
        var transcript = Load(session);
        var trust = Analysis.Default.Analyze(transcript).Trust;
        Assert.Equal(transcript.Turns.Where(t => t.IsClient).Select(t => t.Index), trust.Trajectory.Select(p => p.Turn));
        Assert.All(trust.Moments.Where(m => m.Kind is "rise" or "drop" or "risk"), m => Assert.True(transcript.Turns[m.Turn].IsClient));
        Assert.All(trust.Moments.Where(m => m.Kind is "rise" or "drop"), m => Assert.Equal(m.Turn - 1, m.CauseTurn));
        Assert.All(trust.TrustBreakers, b => Assert.True(transcript.Turns[b.Turn].IsCoach));
    }

    [Fact]
    public void MarkdownReport_HasATrustSection()
    {
        var md = MarkdownReport.Write(Analyze("misstep-and-repair.txt"), Analysis.Default.Rubric);
        Assert.Contains("## Trust and safety (Competency 4)", md, StringComparison.Ordinal);
        Assert.Contains("### Repair — a strength", md, StringComparison.Ordinal);
        Assert.Contains("▼ **Drop** turn 3", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ATurkishReport_WritesTheTrustViewInTurkish()
    {
        var transcript = Load("client-at-risk-no-referral.txt");
        var report = Analysis.For("tr").Analyze(transcript);
        var md = MarkdownReport.Write(report, Analysis.For("tr").Rubric);
        Assert.Contains("## Güven ve güvenlik (Yetkinlik 4)", md, StringComparison.Ordinal);
        Assert.Contains("Danışanın açıklığı", report.Trust.Summary, StringComparison.Ordinal);
        Assert.Contains(report.Trust.TrustBreakers, b => b.Label == "Duyguyu önemsizleştirme");
        Assert.StartsWith("Risk işareti: 3", report.Trust.Referral.Note, StringComparison.Ordinal);
        Assert.Equal(Analysis.Default.Analyze(transcript).Trust.Moments.Select(m => (m.Turn, m.Kind)), report.Trust.Moments.Select(m => (m.Turn, m.Kind)));
    }

    [Fact]
    public void CompetencyFour_ListsSixSubItemsBesideFourMarkersAndThreeAccStatements()
    {
        var c4 = Analyze("strong-pcc.txt").Trust.Competency4;
        Assert.Equal(["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"], c4.SubItems.Select(s => s.Id));
        Assert.Equal(["4.1", "4.2", "4.3", "4.4"], c4.PccMarkers.Select(m => m.Id));
        Assert.Equal(["A4.1", "A4.2", "A4.3"], c4.AccStatements.Select(a => a.Id));
    }

    [Fact]
    public void KeepingTheClientsWords_IsCountedAndRelabellingIsNot()
    {
        var kept = TrustAt.Of("Coach: What's it like?", "Client: It feels thin. Like a report card.", "Coach: A report card. Say more.").Competency4.Language;
        var relabelled = TrustAt.Of("Coach: What's it like?", "Client: I freeze and my mind goes blank.", "Coach: That's impostor syndrome, classic.").Competency4.Language;
        Assert.Equal((1, 0), (kept.KeptWords, kept.Relabelled));
        Assert.Equal(1, relabelled.Relabelled);
    }

    private static Transcript Load(string session) =>
        TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "data", "sessions", session)), session);

    private static AnalysisReport Analyze(string session) => Analysis.Default.Analyze(Load(session));
}
