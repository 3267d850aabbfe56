namespace CoachLens.E2E.Tests;

/// <summary>Skips a test that cannot run here, and tells ./scripts/test why so it can say so plainly.</summary>
public static class Skips
{
    public static void Unless(bool condition, string reason)
    {
        if (condition)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("COACHLENS_SKIPPED_FILE") is { Length: > 0 } file)
        {
            lock (typeof(Skips))
            {
                File.AppendAllText(file, reason + Environment.NewLine);
            }
        }

        Assert.Skip(reason);
    }
}
