using System.Text.Json;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;

namespace CoachLens.Cli.Tests;

/// <summary>Practice, the weak-area drill, review and the bank report.</summary>
public sealed class ExamModeTests : IDisposable
{
    private readonly ExamHarness exam = new();

    public void Dispose() => exam.Dispose();

    private static List<string> Trust => ExamHarness.Bank.Of(ItemKind.Situational, 4).Select(i => i.Id).ToList();

    [Fact]
    public void Practice_ShowsTheKeyAfterEachItem_AndRecordsOnlyAnsweredItems()
    {
        var run = exam.Run("practice", "--competency", "4", "--kind", "situational",
            "--answers", exam.Answers([ExamHarness.Line(Trust[0]), ExamHarness.Line(Trust[1], wrong: true)]));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{Trust[0]}: 2 of 2 points.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Trust[1]}: 0 of 2 points.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Practice score: 50% (2 of 4 points)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Drill_RetiresAMissedItem_AfterTwoRightAnswersInARow_AcrossRuns()
    {
        Assert.Contains("Nothing to drill yet", exam.Run("drill", "--answers", exam.Answers([])).Stdout, StringComparison.Ordinal);
        var missed = Trust[2];
        exam.Run("practice", "--competency", "4", "--answers", exam.Answers([ExamHarness.Line(missed, wrong: true)]));

        var first = exam.Run("drill", "--answers", exam.Answers([ExamHarness.Line(missed)]));
        Assert.Contains("Weak-area drill: 1 item(s) to work on, 0 retired", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves the drill", first.Stdout, StringComparison.Ordinal);

        var second = exam.Run("drill", "--answers", exam.Answers([ExamHarness.Line(missed)]));
        Assert.Contains($"{missed} leaves the drill: right 2 times in a row.", second.Stdout, StringComparison.Ordinal);

        using var drill = JsonDocument.Parse(File.ReadAllText(Path.Combine(exam.DataDir, "drill.json")));
        var entry = drill.RootElement.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("itemId").GetString() == missed);
        Assert.True(entry.GetProperty("retired").GetBoolean());
    }

    [Fact]
    public void Drill_WrongAnswer_StartsTheRunAgain()
    {
        var missed = Trust[3];
        exam.Run("practice", "--competency", "4", "--answers", exam.Answers([ExamHarness.Line(missed, wrong: true)]));
        exam.Run("drill", "--answers", exam.Answers([ExamHarness.Line(missed)]));
        exam.Run("drill", "--answers", exam.Answers([ExamHarness.Line(missed, wrong: true)]));
        var third = exam.Run("drill", "--answers", exam.Answers([ExamHarness.Line(missed)]));
        Assert.DoesNotContain("leaves the drill", third.Stdout, StringComparison.Ordinal);
        Assert.Contains("Weak-area drill: 1 item(s) to work on", third.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ShowsPicksKeysAndEveryExplanation_InTheAttemptsLanguage()
    {
        var item = ExamHarness.Bank.Get(Trust[0]);
        exam.Run("practice", "--competency", "4", "--lang", "tr", "--answers", exam.Answers([ExamHarness.Line(item.Id, wrong: true)]));

        var run = exam.Run("review");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Doğru yanıtlar: en iyi {item.Key}, en kötü {item.Worst}.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("sizin en iyi seçiminiz", run.Stdout, StringComparison.Ordinal);
        foreach (var option in item.Options)
        {
            Assert.Contains(option.Tr!.Explanation[..30], run.Stdout, StringComparison.Ordinal);
        }

        var english = exam.Run("review", "--item", item.Id, "--lang", "en");
        Assert.Contains(item.Options[0].En!.Explanation[..30], english.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BankJson_HasTheShapeIssue8Asks()
    {
        var run = exam.Run("bank", "--json");
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["situational", "knowledge", "byCompetency", "languages"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], root.GetProperty("byCompetency").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["en", "tr"], root.GetProperty("languages").EnumerateObject().Select(p => p.Name));
        var bank = ExamHarness.Bank;
        Assert.Equal(bank.OfKind(ItemKind.Situational).Count(), root.GetProperty("situational").GetInt32());
        Assert.Equal(bank.OfKind(ItemKind.Knowledge).Count(), root.GetProperty("knowledge").GetInt32());
        Assert.Equal(bank.Items.Count, root.GetProperty("byCompetency").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(bank.Items.Count(i => i.IsCompleteIn(ExamLanguage.Tr)), root.GetProperty("languages").GetProperty("tr").GetInt32());
    }

    [Fact]
    public void BankSummaryAndStats_NameTheFormsAndTheLengthFigures()
    {
        var summary = exam.Run("bank");
        Assert.Contains("Form pcc-a: ready, 78 items", summary.Stdout, StringComparison.Ordinal);
        var stats = exam.Run("bank", "--stats", "--lang", "tr");
        Assert.Contains("anahtar seçenekler ve diğerleri", stats.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ThroughTheMainCli_ExamBankWorks() =>
        Assert.StartsWith("{\"situational\":", CliRun.Of("exam", "bank", "--json").Stdout, StringComparison.Ordinal);

    [Theory]
    [InlineData(2, "start")]
    [InlineData(2, "start", "--form", "pcc-c", "--answers", "x")]
    [InlineData(2, "start", "--form", "acc")]
    [InlineData(2, "start", "--form", "acc", "--lang", "de", "--answers", "x")]
    [InlineData(2, "practice", "--competency", "9", "--answers", "x")]
    [InlineData(2, "drill", "--kind", "essay", "--answers", "x")]
    [InlineData(2, "bank", "--json", "--stats")]
    [InlineData(2, "frobnicate")]
    [InlineData(3, "start", "--form", "acc", "--answers", "/no/such/file")]
    public void BadCommands_ExitWithTheDocumentedCodes(int code, params string[] args)
    {
        var run = exam.Run(args);
        Assert.Equal(code, run.ExitCode);
        Assert.StartsWith("coachlens: ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s9-01 best=A worst=B", "no item 's9-01'")]
    [InlineData("{0} best=A worst=A", "must differ")]
    [InlineData("{0} best=A", "best=A-D and worst=A-D")]
    [InlineData("{0} A", "best=A-D and worst=A-D")]
    [InlineData("{0} best=Q worst=A", "not one of A, B, C, D")]
    [InlineData("{1} best=A worst=B", "is not part of form pcc-a")]
    public void BadAnswersFile_ChangesNothing_AndSaysWhichLine(string line, string expected)
    {
        var inForm = ExamHarness.FormItems(FormSpec.PccA)[0];
        var notInForm = ExamHarness.FormItems(FormSpec.PccB)[0];
        var file = exam.Answers([ExamHarness.Line(inForm), string.Format(System.Globalization.CultureInfo.InvariantCulture, line, inForm, notInForm)]);
        var run = exam.Run("start", "--form", "pcc-a", "--answers", file);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(exam.DataDir, "attempts.json")));
    }
}
