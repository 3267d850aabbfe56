using System.Text.RegularExpressions;

namespace CoachLens.Tests.Detection;

/// <summary>One example from a behavior spec file: the dialogue, which turn is judged, and whether the code must fire.</summary>
public sealed record BehaviorSpecExample(string File, string Code, bool MustFire, string Dialogue)
{
    public override string ToString() => $"{Code} {(MustFire ? "fires" : "does not fire")}: {Dialogue}";
}

/// <summary>Reads the "### code / Counts: / Does not count:" layout of docs/behaviors.md and docs/behaviors/*.md.</summary>
public static partial class BehaviorSpec
{
    public static IEnumerable<BehaviorSpecExample> Read(string path)
    {
        string? code = null;
        bool? mustFire = null;
        foreach (var line in File.ReadLines(path))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                code = heading.Groups[1].Value;
                mustFire = null;
            }
            else if (line.StartsWith("Counts:", StringComparison.Ordinal))
            {
                mustFire = true;
            }
            else if (line.StartsWith("Does not count:", StringComparison.Ordinal))
            {
                mustFire = false;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && code is not null && mustFire is not null)
            {
                yield return new BehaviorSpecExample(Path.GetFileName(path), code, mustFire.Value, line[2..]);
            }
            else if (line.StartsWith('#') || line.Length == 0)
            {
                mustFire = line.Length == 0 ? mustFire : null;
            }
        }
    }

    [GeneratedRegex(@"^#{2,3} ([a-z_]+)\s*$")]
    private static partial Regex Heading();
}
