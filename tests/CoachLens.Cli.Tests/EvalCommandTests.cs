using System.Diagnostics;

namespace CoachLens.Cli.Tests;

public class EvalCommandTests
{
    private const string Gold = """
        {"id": "coaching-1", "turns": [{"speaker": "Coach", "text": "What would you like to focus on today?", "labels": ["open_question"]}, {"speaker": "Client", "text": "Honestly, I feel stuck in my job.", "labels": ["feeling"]}, {"speaker": "Coach", "text": "You feel stuck.", "labels": ["reflection"]}, {"speaker": "Client", "text": "Yes.", "labels": []}]}
        {"id": "coaching-2", "turns": [{"speaker": "Coach", "text": "Did you talk to him?", "labels": ["closed_question"]}, {"speaker": "Client", "text": "No.", "labels": []}, {"speaker": "Coach", "text": "You should talk to him on Monday.", "labels": ["advice"]}, {"speaker": "Client", "text": "Okay.", "labels": []}]}
        """;

    [Fact]
    public void Eval_OfAGoldSetTheModelNeverSaw_ScoresTheShippedPipelinePerCode()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("eval", dir.File("gold.jsonl", Gold));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("shipped pipeline", lines[0], StringComparison.Ordinal);
        Assert.Equal("label                 P      R     F1      n", lines[1]);
        Assert.Equal(["question", "open_question", "closed_question", "reflection", "advice", "feeling"], lines[2..8].Select(l => l.Split(' ')[0]));
        Assert.Equal("question          1.000  1.000  1.000      2", lines[2]);
        Assert.StartsWith("macro_f1 ", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith("over 4 coach turns and 4 client turns", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_LimitsTheTableToTheNamedCodes()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("eval", dir.File("gold.jsonl", Gold), "--codes", "advice");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("advice            1.000  1.000  1.000      1", lines[2]);
    }

    [Theory]
    [InlineData(new string[] { "eval" }, "exactly one gold file")]
    [InlineData(new string[] { "eval", "a.jsonl", "--codes", "praise" }, "unknown code 'praise'")]
    [InlineData(new string[] { "eval", "a.jsonl", "--folds", "1" }, "at least 2")]
    [InlineData(new string[] { "eval", "a.jsonl", "--cv", "--shipped" }, "not both")]
    public void BadArguments_AreUsageErrors(string[] args, string message)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOrBrokenGoldFile_IsAnInputError()
    {
        using var dir = new TempDir();
        Assert.Equal(3, CliRun.Of("eval", Path.Combine(dir.Path, "none.jsonl")).ExitCode);
        var broken = CliRun.Of("eval", dir.File("broken.jsonl", "{\"id\": \"x\"}"));
        Assert.Equal(3, broken.ExitCode);
        Assert.Contains("line 1", broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidation_NeedsAsManyTranscriptsAsFolds()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("eval", dir.File("gold.jsonl", Gold), "--cv");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at least 5 transcripts", run.Stderr, StringComparison.Ordinal);
    }

    [AnnomiScorerFact]
    public void ShippedEval_GivesTheSameNumbersAsTheSharedScorerOnAnalyzeOutput()
    {
        using var dir = new TempDir();
        var analyze = CliRun.Of("analyze", AnnomiData.Transcripts!, "--format", "json", "--out", dir.Path);
        Assert.Equal(0, analyze.ExitCode);

        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(AnnomiData.Scorer!);
        psi.ArgumentList.Add(AnnomiData.Gold!);
        psi.ArgumentList.Add(dir.Path);
        using var python = Process.Start(psi)!;
        var scorer = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);

        var eval = CliRun.Of("eval", AnnomiData.Gold!, "--shipped");
        Assert.Equal(0, eval.ExitCode);
        var table = string.Join("\n", eval.Stdout.Split('\n').SkipWhile(l => !l.StartsWith("label", StringComparison.Ordinal)));
        Assert.Equal(scorer.Trim(), table.Trim());
    }
}
