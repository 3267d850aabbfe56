using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public sealed class SpeakerNamesTests
{
    private static IReadOnlyList<RawTurn> Turns(params string[] speakers) =>
        SpeakerNames.Normalize(speakers.Select(s => new RawTurn(s, null, null, "text")).ToList());

    [Fact]
    public void CaseAndRoleWordVariants_AreOneSpeaker_SpelledInMixedCase()
    {
        var turns = Turns("Coach Maria", "Tom", "maria", "TOM", "MARIA");

        Assert.Equal(["Maria", "Tom", "Maria", "Tom", "Maria"], turns.Select(t => t.Speaker));
    }

    [Fact]
    public void ARoleWordInALabel_IsKeptAsARoleHint()
    {
        var turns = Turns("Coach Maria", "Tom", "maria");

        Assert.Equal(Role.Coach, turns[2].RoleHint);
        Assert.Equal(Role.Unknown, turns[1].RoleHint);
    }

    [Fact]
    public void AFirstName_JoinsTheOnlyFullNameThatStartsWithIt()
    {
        var turns = Turns("Elif Kaya", "Tom", "Elif");

        Assert.Equal("Elif Kaya", turns[2].Speaker);
    }

    [Fact]
    public void NumberedGenericSpeakers_StayApart()
    {
        var turns = Turns("Speaker 1", "Speaker 2", "speaker 1");

        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 1"], turns.Select(t => t.Speaker));
    }

    [Fact]
    public void AllCapsOnlyTurkishNames_AreTitleCasedWithTurkishRules()
    {
        var turns = Turns("İLKNUR", "ELİF");

        Assert.Equal(["İlknur", "Elif"], turns.Select(t => t.Speaker));
    }

    [Fact]
    public void DottedAndDotlessI_AndAccents_DoNotSplitASpeaker() =>
        Assert.Equal(SpeakerNames.Key("Işıl Güneş"), SpeakerNames.Key("ISIL GUNES"));
}
