using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

/// <summary>Each format's fixture is read by the right reader, with the right speakers, roles and turn count.</summary>
public sealed class FormatFixtureTests
{
    [Theory]
    [InlineData("zoom.vtt", "webvtt", "Nadia Farouk", "Ben Okoro", 7)]
    [InlineData("teams.vtt", "webvtt", "Aylin Demir", "Sofia Marin", 6)]
    [InlineData("google-meet.vtt", "webvtt", "Hannah Weiss", "Marco Bellini", 7)]
    [InlineData("rev.srt", "subrip", "Grace Chen", "Omar Haddad", 6)]
    [InlineData("descript.srt", "subrip", "Lena Vogt", "Sam Carter", 5)]
    [InlineData("labelled.txt", "text", "Tomasz", "Priyanka", 8)]
    [InlineData("bracket-timestamps.txt", "text", "Elena", "Jonas", 8)]
    [InlineData("name-paren-time.txt", "text", "Farah Khan", "Lucas Moreau", 8)]
    [InlineData("otter.txt", "blocks", "Rosa Delgado", "Kenji Tanaka", 7)]
    [InlineData("zoom-captions.txt", "blocks", "Ines Moreira", "Yusuf Aksoy", 6)]
    [InlineData("zoom-transcript.txt", "text", "Claire Dubois", "Amir Rahimi", 6)]
    [InlineData("icf-typed.txt", "text", "Coach", "Client", 8)]
    [InlineData("rev-blocks.txt", "text", "Maya Levin", "Daniel Price", 6)]
    [InlineData("blocks.txt", "blocks", "Coach", "Client", 6)]
    [InlineData("meet-doc.txt", "text", "Sara Lindqvist", "Mateo Ruiz", 6)]
    [InlineData("timestamps.txt", "text", "Noor", "Alex", 6)]
    [InlineData("name-variants.txt", "text", "Maria", "Tom", 7)]
    [InlineData("sponsor.txt", "text", "Helen", "Chloe", 11)]
    [InlineData("icf-paragraphs.docx", "docx", "Coach", "Client", 6)]
    [InlineData("table.docx", "docx", "Selin Arslan", "Peter Novak", 5)]
    [InlineData("table-noheader.docx", "docx", "Nora", "Viktor", 5)]
    [InlineData("transcript.json", "json", "Ruth Adler", "Felix Brandt", 4)]
    [InlineData("array.json", "json", "Ines", "Paulo", 5)]
    [InlineData("utf8-bom.txt", "text", "Coach", "Client", 6)]
    [InlineData("utf16le.txt", "text", "Coach", "Client", 6)]
    [InlineData("utf16be.txt", "text", "Coach", "Client", 6)]
    [InlineData("windows-1252.txt", "text", "Coach", "Client", 6)]
    [InlineData("windows-1254.txt", "text", "Koç", "Danışan", 6)]
    [InlineData("utf8-turkish.txt", "text", "Koç", "Danışan", 6)]
    public void Fixture_IsReadWithItsFormat_Speakers_AndTurns(string file, string format, string coach, string client, int turns)
    {
        var transcript = Some.Load(Some.Format(file));

        Assert.Equal(format, transcript.Format);
        Assert.Equal(coach, transcript.Roles.CoachSpeaker);
        Assert.Equal([client], transcript.Roles.ClientSpeakers);
        Assert.Equal(turns, transcript.Turns.Count);
    }

    [Fact]
    public void EveryFormatFixture_IsListedInTheTheoryAbove()
    {
        var listed = typeof(FormatFixtureTests).GetMethod(nameof(Fixture_IsReadWithItsFormat_Speakers_AndTurns))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();

        var files = Some.FormatFixtures().Select(f => Path.GetFileName(f)).ToList();

        Assert.All(files, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void EveryReaderFormat_HasAtLeastOneFixture()
    {
        var read = Some.FormatFixtures().Select(f => Some.Load(f).Format).ToHashSet();

        Assert.All(TranscriptReaders.Formats, f => Assert.Contains(f, read));
    }

    [Theory]
    [InlineData("utf8-bom.txt")]
    [InlineData("utf16le.txt")]
    [InlineData("utf16be.txt")]
    [InlineData("windows-1252.txt")]
    public void EveryEncodingOfOneSession_ReadsToTheSameText(string file)
    {
        var expected = Some.Load(Some.Format("utf8-bom.txt")).Turns.Select(t => t.Text);

        var actual = Some.Load(Some.Format(file)).Turns.Select(t => t.Text);

        Assert.Equal(expected, actual);
        Assert.Contains("Léa", Some.Load(Some.Format(file)).Turns[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1254_IsChosenForTurkishBytes_SoTurkishLettersSurvive()
    {
        var utf8 = Some.Load(Some.Format("utf8-turkish.txt")).Turns.Select(t => t.Text);

        var legacy = Some.Load(Some.Format("windows-1254.txt")).Turns.Select(t => t.Text);

        Assert.Equal(utf8, legacy);
        Assert.Contains("İşyerindeki", string.Join(" ", legacy), StringComparison.Ordinal);
    }
}
