using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("01:02:03", 3723.0)]
    [InlineData("02:03", 123.0)]
    [InlineData("0:03", 3.0)]
    [InlineData("1:02:03.250", 3723.25)]
    [InlineData("01:02:03,5", 3723.5)]
    [InlineData("100:00:00.000", 360000.0)]
    public void KnownShapes_Parse(string text, double seconds) =>
        Assert.Equal(seconds, Timestamps.TryParse(text));

    [Theory]
    [InlineData("00:61:00")]
    [InlineData("00:00:60")]
    [InlineData("1:2:3:4")]
    [InlineData("12")]
    [InlineData("00:0x")]
    [InlineData("00:00:01.1234")]
    public void Malformed_IsNull(string text) =>
        Assert.Null(Timestamps.TryParse(text));
}
