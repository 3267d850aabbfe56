using CoachLens.Transcripts;

namespace CoachLens.Tests.Support;

/// <summary>Test data builders.</summary>
public static class Some
{
    /// <summary>A transcript from speaker-labelled lines.</summary>
    public static Transcript Transcript(params string[] lines) =>
        TranscriptLoader.Parse(string.Join("\n", lines), "test.txt");

    public static Transcript Sample(string name) =>
        TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Repo.Samples, name)), name);
}
