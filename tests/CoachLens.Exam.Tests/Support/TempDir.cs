namespace CoachLens.Exam.Tests.Support;

/// <summary>A temporary directory removed after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("coachlens-exam-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
