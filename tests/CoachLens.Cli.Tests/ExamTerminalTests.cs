using CoachLens.Exam.Forms;

namespace CoachLens.Cli.Tests;

/// <summary>The interactive mode, driven key by key as a person would type at a terminal.</summary>
public sealed class ExamTerminalTests : IDisposable
{
    private readonly ExamHarness exam = new();

    public void Dispose() => exam.Dispose();

    [Fact]
    public void PccForm_TypedAtTheTerminal_PausesBetweenSections_AndResumesInTurkish()
    {
        exam.Clock.Step = TimeSpan.Zero;
        var ids = ExamHarness.FormItems(FormSpec.PccA);
        var section1 = FormBuilder.Build(ExamHarness.Bank, FormSpec.PccA).Form!.Sections[0].ItemIds;

        // Section 1: skip the first item, answer the rest, decline to go back, then pause at the section break.
        exam.Keys.Enqueue("s");
        foreach (var id in section1.Skip(1))
        {
            var item = ExamHarness.Bank.Get(id);
            exam.Keys.Enqueue(item.Key.ToString().ToLowerInvariant());
            exam.Keys.Enqueue(item.Worst.ToString()!);
        }

        exam.Keys.Enqueue("n");
        exam.Keys.Enqueue("p");
        var first = exam.Run("start", "--form", "pcc-a");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Section 1 of 2 · Item 1 of 39 · Time left 3:00:00", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Best response (A-D)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains(ExamHarness.Bank.Get(section1[0]).Stem.En!, first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Paused. 38 of 78 items answered", first.Stdout, StringComparison.Ordinal);
        Assert.Empty(exam.Keys);

        // Section 2 in Turkish: the first answer repeats the best pick as the worst, which is refused.
        var section2 = ids.Skip(39).ToList();
        var firstOfSection2 = ExamHarness.Bank.Get(section2[0]);
        exam.Keys.Enqueue(firstOfSection2.Key.ToString());
        exam.Keys.Enqueue(firstOfSection2.Key.ToString());
        exam.Keys.Enqueue(firstOfSection2.Worst.ToString()!);
        foreach (var id in section2.Skip(1))
        {
            var item = ExamHarness.Bank.Get(id);
            exam.Keys.Enqueue(item.Key.ToString());
            exam.Keys.Enqueue(item.Worst.ToString()!);
        }

        var second = exam.Run("start", "--form", "pcc-a", "--lang", "tr");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Bölüm 2/2 · Soru 1/39", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("En kötü yanıt, en iyi yanıttan farklı olmalı.", second.Stdout, StringComparison.Ordinal);
        Assert.Contains(firstOfSection2.Stem.Tr!, second.Stdout, StringComparison.Ordinal);
        Assert.Contains("Alıştırma puanı: %98,7 (156 puandan 154)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("Yanıtlanmamış: 1", second.Stdout, StringComparison.Ordinal);
        Assert.Empty(exam.Keys);
    }

    [Fact]
    public void Practice_AtTheTerminal_ExplainsEachItem_AndStopsOnP()
    {
        exam.Keys.Enqueue("a");
        exam.Keys.Enqueue(string.Empty);
        exam.Keys.Enqueue("p");
        var run = exam.Run("practice", "--competency", "6", "--kind", "knowledge");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Your answer (A-D)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Key: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Item 2 of 15", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Practice score:", run.Stdout, StringComparison.Ordinal);
    }
}
