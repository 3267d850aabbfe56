using CoachLens.Evaluation;

namespace CoachLens.Tests.Evaluation;

public class MarkerAgreementTests
{
    [Fact]
    public void Kappa_IsOneForPerfectAgreementAndZeroForChanceLevel()
    {
        Assert.Equal(1.0, MarkerAgreement.Kappa([("observed", "observed"), ("partial", "partial")]), 6);
        // Both raters split 50/50 independently of each other: observed agreement 0.5 equals chance.
        Assert.Equal(0.0, MarkerAgreement.Kappa([("observed", "observed"), ("observed", "partial"), ("partial", "observed"), ("partial", "partial")]), 6);
    }

    [Fact]
    public void Compare_CountsAgreementPerMarkerAndLevelHits()
    {
        var a = new SessionComparison("a", new Dictionary<string, string> { ["3.1"] = "observed", ["3.2"] = "partial" }, new Dictionary<string, string> { ["3.1"] = "observed", ["3.2"] = "not_observed" }, "PCC", "PCC");
        var b = new SessionComparison("b", new Dictionary<string, string> { ["3.1"] = "observed", ["3.2"] = "partial" }, new Dictionary<string, string> { ["3.1"] = "partial", ["3.2"] = "partial" }, "ACC", "PCC");
        var r = MarkerAgreement.Compare([a, b]);
        Assert.Equal(4, r.Pairs);
        Assert.Equal(2, r.Agree);
        Assert.Equal(1, r.LevelHits);
        Assert.Equal(0.5, r.Markers.Single(m => m.Marker == "3.1").Accuracy);
    }
}
