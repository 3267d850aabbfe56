using CoachLens.Exam.Bank;
using CoachLens.Exam.Drill;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;
using CoachLens.Exam.Storage;
using CoachLens.Exam.Tests.Support;

namespace CoachLens.Exam.Tests.Storage;

public sealed class ExamStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void SavedSession_ComesBackWithItsAnswers_AndItsTimerPaused()
    {
        var store = new ExamStore(dir.Path);
        var session = ExamSession.ForForm(FormBuilder.Build(Some.FullBank(), FormSpec.PccB).Form!, ExamLanguage.Tr, T0);
        var first = session.ItemIds[0];
        session = session.WithAnswer(new Answer(first, 'C', 'A')) with { Timer = ExamTimer.New.Start(T0).Checkpoint(T0.AddMinutes(12)), CurrentSection = 2 };
        store.SaveSession(session);

        var loaded = store.LoadSession(FormSpec.PccB)!;
        Assert.Equal(new Answer(first, 'C', 'A'), loaded.AnswerFor(first));
        Assert.Equal((ExamLanguage.Tr, 2, TimeSpan.FromMinutes(12), false), (loaded.Language, loaded.CurrentSection, loaded.Timer.Elapsed, loaded.Timer.IsRunning));
        Assert.Equal(session.ItemIds, loaded.ItemIds);
        Assert.Null(store.LoadSession(FormSpec.PccA));
    }

    [Fact]
    public void Attempts_AreAppended_OldestFirst()
    {
        var store = new ExamStore(dir.Path);
        foreach (var n in new[] { 1, 2 })
        {
            store.AddAttempt(new Attempt($"a{n}", SessionMode.Practice, "practice-3", null, 3, ExamLanguage.En, T0, T0.AddMinutes(n), TimeSpan.FromMinutes(n), false,
                ["s3-01"], [new Answer("s3-01", 'A', 'B')], n, 2));
        }

        Assert.Equal(["a1", "a2"], store.LoadAttempts().Select(a => a.Id));
        Assert.Equal(new Answer("s3-01", 'A', 'B'), store.LoadAttempts()[1].Answers[0]);
    }

    [Fact]
    public void DrillState_SurvivesBetweenRuns()
    {
        var state = DrillState.Empty.AddMisses(["s4-07", "k1-02"]).Record("s4-07", true);
        new ExamStore(dir.Path).SaveDrill(state);
        var loaded = new ExamStore(dir.Path).LoadDrill();
        Assert.Equal(state.Entries["s4-07"], loaded.Entries["s4-07"]);
        Assert.Equal(2, loaded.Active.Count());
    }

    [Fact]
    public void DamagedStateFile_IsReported_NotSilentlyReplaced()
    {
        var store = new ExamStore(dir.Path);
        File.WriteAllText(store.DrillPath, "{ not json");
        var ex = Assert.Throws<InvalidDataException>(store.LoadDrill);
        Assert.Contains("drill.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_LeaveNoTemporaryFiles()
    {
        var store = new ExamStore(dir.Path);
        store.SaveDrill(DrillState.Empty);
        Assert.Equal(["drill.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void DataDirectory_PrefersTheOption_ThenTheEnvironment()
    {
        var env = new Dictionary<string, string> { ["COACHLENS_HOME"] = "/tmp/home", ["XDG_DATA_HOME"] = "/tmp/xdg" };
        Assert.Equal("/tmp/opt", DataDirectory.Resolve("/tmp/opt", env.GetValueOrDefault));
        Assert.Equal("/tmp/home/exam", DataDirectory.Resolve(null, env.GetValueOrDefault));
        env["COACHLENS_EXAM_DIR"] = "/tmp/exam-dir";
        Assert.Equal("/tmp/exam-dir", DataDirectory.Resolve(null, env.GetValueOrDefault));
        Assert.Equal("/tmp/xdg/coachlens/exam", DataDirectory.Resolve(null, new Dictionary<string, string> { ["XDG_DATA_HOME"] = "/tmp/xdg" }.GetValueOrDefault));
    }
}
