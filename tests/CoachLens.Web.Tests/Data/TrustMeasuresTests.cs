using CoachLens.Web.Data;

namespace CoachLens.Web.Tests.Data;

public class TrustMeasuresTests
{
    [Fact]
    public void AReportWithoutATrustSection_HasNoTrustMeasures() =>
        Assert.Null(TrustMeasures.FromReportJson("""{ "schemaVersion": "1", "markers": [] }"""));

    [Fact]
    public void TheTrustSection_GivesMeanAndFinalOpenness_BreakersAndRepairs()
    {
        var measures = TrustMeasures.FromReportJson("""
            { "trust": {
                "trajectory": [ { "turn": 1, "openness": 0.2, "smoothed": 0.2 }, { "turn": 3, "openness": 0.6, "smoothed": 0.4 } ],
                "trustBreakers": [ { "turn": 2 } ],
                "repairs": [] } }
            """);
        Assert.Equal(new TrustMeasures(0.4, 0.4, 1, 0), measures);
    }
}
