using System.Text.Json;
using CoachLens.Exam.Forms;

namespace CoachLens.Cli.Tests;

/// <summary>Full forms end to end through `coachlens exam start`, scripted with answers files, in both languages.</summary>
public sealed class ExamFormTests : IDisposable
{
    private readonly ExamHarness exam = new();

    public void Dispose() => exam.Dispose();

    [Fact]
    public void PccA_AllKeyed_ScoresFullMarks_AndSaysItIsNotIcfsScore()
    {
        var answers = exam.Answers(ExamHarness.FormItems(FormSpec.PccA).Select(id => ExamHarness.Line(id)));
        var run = exam.Run("start", "--form", "pcc-a", "--answers", answers);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Practice score: 100% (156 of 156 points)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Best-response picks: 100% right (78 of 78)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not ICF's scaled score", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("5. Maintains Presence", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("B. Co-Creating the Relationship", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(exam.DataDir, "session-pcc-a.json")));
    }

    [Fact]
    public void PccB_InTurkish_ReportsBestAndWorstPicksSeparately()
    {
        // Right best picks, wrong worst picks: half the points.
        var lines = ExamHarness.FormItems(FormSpec.PccB).Select(id =>
        {
            var item = ExamHarness.Bank.Get(id);
            var worst = "ABCD".First(k => k != item.Key && k != item.Worst);
            return $"{id} best={item.Key} worst={worst}";
        });
        var run = exam.Run("start", "--form", "pcc-b", "--lang", "tr", "--answers", exam.Answers(lines));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Alıştırma puanı: %50 (156 puandan 78)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("En iyi yanıt seçimleri: %100 doğru (78 sorudan 78)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("En kötü yanıt seçimleri: %0 doğru (78 sorudan 0)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ICF puanı değildir", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Güven ve Güvenlik Ortamı Oluşturur", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AccForm_ScoresOnePointPerKnowledgeItem()
    {
        var ids = ExamHarness.FormItems(FormSpec.Acc);
        var answers = exam.Answers(ids.Select((id, n) => ExamHarness.Line(id, wrong: n % 4 == 0)));
        var run = exam.Run("start", "--form", "acc", "--answers", answers);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Practice score: 75% (45 of 60 points)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Answers: 75% right (45 of 60)", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Best-response picks", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PausedForm_Resumes_AndTheTimeWhilePausedDoesNotCount()
    {
        var ids = ExamHarness.FormItems(FormSpec.PccA);
        var first = exam.Run("start", "--form", "pcc-a", "--answers", exam.Answers(ids.Take(30).Select(id => ExamHarness.Line(id)).Append("pause")));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Paused. 30 of 78 items answered", first.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(exam.DataDir, "session-pcc-a.json")));

        exam.Clock.Advance(TimeSpan.FromHours(20));
        var second = exam.Run("start", "--form", "pcc-a", "--answers", exam.Answers(ids.Skip(30).Select(id => ExamHarness.Line(id))));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Resuming form pcc-a: 30 of 78 items answered, 2:5", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("Practice score: 100% (156 of 156 points)", second.Stdout, StringComparison.Ordinal);

        using var results = JsonDocument.Parse(exam.Run("results", "--json").Stdout);
        var attempt = results.RootElement.GetProperty("attempts").EnumerateArray().Single();
        Assert.InRange(attempt.GetProperty("elapsedSeconds").GetInt32(), 1, 600);
        Assert.False(attempt.GetProperty("timeExpired").GetBoolean());
    }

    [Fact]
    public void Restart_DiscardsThePausedForm()
    {
        var ids = ExamHarness.FormItems(FormSpec.Acc);
        exam.Run("start", "--form", "acc", "--answers", exam.Answers([ExamHarness.Line(ids[0]), "pause"]));
        var run = exam.Run("start", "--form", "acc", "--restart", "--answers", exam.Answers(["pause"]));
        Assert.Contains("Paused. 0 of 60 items answered", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenTheTimeRunsOut_TheFormEnds_AndLaterAnswersAreNotCounted()
    {
        exam.Clock.Step = TimeSpan.FromMinutes(4);
        var ids = ExamHarness.FormItems(FormSpec.Acc);
        var run = exam.Run("start", "--form", "acc", "--answers", exam.Answers(ids.Select(id => ExamHarness.Line(id))));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Time is up.", run.Stdout, StringComparison.Ordinal);
        using var results = JsonDocument.Parse(exam.Run("results", "--json").Stdout);
        var attempt = results.RootElement.GetProperty("attempts")[0];
        Assert.True(attempt.GetProperty("timeExpired").GetBoolean());
        Assert.InRange(attempt.GetProperty("points").GetInt32(), 1, 59);
        Assert.Equal(60 - attempt.GetProperty("points").GetInt32(), attempt.GetProperty("unanswered").GetInt32());
    }

    [Fact]
    public void Progress_AcrossAttempts_ShowsTheChange()
    {
        var ids = ExamHarness.FormItems(FormSpec.Acc);
        exam.Run("start", "--form", "acc", "--answers", exam.Answers(ids.Select((id, n) => ExamHarness.Line(id, wrong: n % 2 == 0))));
        exam.Run("start", "--form", "acc", "--answers", exam.Answers(ids.Select(id => ExamHarness.Line(id))));

        var text = exam.Run("results");
        Assert.Contains("Progress across attempts", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("+50%", text.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(exam.Run("results", "--json").Stdout);
        Assert.Equal(50.0, json.RootElement.GetProperty("attempts")[1].GetProperty("changeSincePrevious").GetDouble());
        Assert.Contains("not ICF's scaled score", json.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
