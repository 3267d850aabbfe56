using CoachLens.Tests.Support;
using CoachLens.Trust;

namespace CoachLens.Tests.Trust;

/// <summary>Runs the whole analysis over speaker-labelled lines and returns the trust view.</summary>
internal static class TrustAt
{
    public static TrustReport Of(params string[] lines) => Analysis.Default.Analyze(Some.Transcript(lines)).Trust;

    public static IEnumerable<string> KindsAt(this TrustReport trust, int turn) =>
        trust.TrustBreakers.Where(b => b.Turn == turn).Select(b => b.Kind);
}
