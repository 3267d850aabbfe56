using CoachLens.Privacy;
using CoachLens.Reports;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Privacy;

public sealed class RedactorTests
{
    private static Transcript Redacted(string content, string source = "session.txt", params string[] terms) =>
        Redactor.Redact(Some.Text(content, source), new RedactionOptions(terms));

    private const string Session = """
        [00:00:01] Nadia Farouk: Hi Ben, welcome. What would you like to focus on today?
        [00:00:05] Ben Okoro: My director, Jonas Berg. Jonas keeps asking me to stay quiet about the layoffs. Ben, he says, just wait.
        [00:00:15] Nadia Farouk: What would you like to say to Jonas?
        [00:00:20] Ben Okoro: That I'm done waiting. You can reach me at ben.okoro@example.com or +44 20 7946 0958 if the call drops, and the plan is on https://intranet.example.org/plans/q3.
        [00:00:35] Nadia Farouk: What does Project Falcon have to do with it?
        [00:00:40] Ben Okoro: Project Falcon is the layoff plan. Jonas named it.
        """;

    [Fact]
    public void TheClient_IsCLIENT_InSpeakersRolesAndText()
    {
        var t = Redacted(Session);

        Assert.Equal("[CLIENT]", t.Turns[1].Speaker);
        Assert.Equal(["[CLIENT]"], t.Roles.ClientSpeakers);
        Assert.StartsWith("Hi [CLIENT], welcome.", t.Turns[0].Text, StringComparison.Ordinal);
        Assert.Contains("[CLIENT], he says", t.Turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCoach_KeepsTheirName()
    {
        var t = Redacted(Session);

        Assert.Equal("Nadia Farouk", t.Turns[0].Speaker);
        Assert.Equal("Nadia Farouk", t.Roles.CoachSpeaker);
    }

    [Fact]
    public void APersonNamedInTheText_GetsOnePlaceholder_EverywhereTheyAppear()
    {
        var t = Redacted(Session);

        Assert.Contains("My director, [PERSON-1]. [PERSON-1] keeps asking", t.Turns[1].Text, StringComparison.Ordinal);
        Assert.Equal("What would you like to say to [PERSON-1]?", t.Turns[2].Text);
        Assert.EndsWith("[PERSON-1] named it.", t.Turns[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailsPhonesAndUrls_AreReplaced()
    {
        var t = Redacted(Session);

        Assert.Contains("reach me at [EMAIL-1] or [PHONE-1] if the call drops, and the plan is on [URL-1].", t.Turns[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UserTerms_AreReplaced_CaseInsensitively_AndConsistently()
    {
        var t = Redacted(Session, "session.txt", "project falcon");

        Assert.Equal("What does [TERM-1] have to do with it?", t.Turns[4].Text);
        Assert.StartsWith("[TERM-1] is the layoff plan.", t.Turns[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOriginalSurvives_AnywhereInTheJsonReport()
    {
        var t = Redacted(Session, "ben-okoro-session.txt", "Project Falcon");

        var json = JsonReport.Write(Analysis.Default.Analyze(t));

        foreach (var original in new[] { "Ben", "Okoro", "Jonas", "Berg", "ben.okoro@example.com", "7946", "intranet.example.org", "Falcon" })
        {
            Assert.DoesNotContain(original, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("\"redacted\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_RecordsRedaction_AndHowManyPlaceholders()
    {
        var report = Analysis.Default.Analyze(Redacted(Session, "session.txt", "Project Falcon"));

        Assert.True(report.Privacy.Redacted);
        Assert.Equal(6, report.Privacy.Placeholders);
    }

    [Fact]
    public void AnUnredactedReport_SaysSo()
    {
        var report = Analysis.Default.Analyze(Some.Text(Session));

        Assert.Equal(new PrivacyInfo(false, 0), report.Privacy);
    }

    [Fact]
    public void TheSourceFileName_LosesTheClientsName()
    {
        var t = Redacted(Session, "Ben-Okoro 2026-03.txt");

        Assert.Equal("CLIENT-CLIENT 2026-03.txt", t.Source);
    }

    [Fact]
    public void ASponsorInTheRoom_IsAPerson_NotTheClient()
    {
        var t = Redactor.Redact(Some.Load(Some.Format("sponsor.txt")));

        Assert.Equal(["[PERSON-1]"], t.Roles.OtherSpeakers);
        Assert.Equal("[CLIENT]", t.Turns[2].Speaker);
        Assert.Contains("so, [PERSON-1], as [CLIENT]'s manager", t.Turns[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleLabels_AreNotNames_AndCommonCapitalizedWordsStay()
    {
        var t = Redacted("""
            Coach: Welcome back. What happened on Monday with the HR team?
            Client: I met Priya in March, and I told her I use Slack all day. Okay?
            """);

        Assert.Equal("Client", t.Turns[1].Speaker);
        Assert.Equal("What happened on Monday with the HR team?", t.Turns[0].Text[(t.Turns[0].Text.IndexOf("What", StringComparison.Ordinal))..]);
        Assert.Equal("I met [PERSON-1] in March, and I told her I use Slack all day. Okay?", t.Turns[1].Text);
    }

    [Fact]
    public void AWordAlsoWrittenInLowerCase_IsNotAName()
    {
        var t = Redacted("""
            Ana: What will you do, and when will you start?
            Ben: I will start Monday. Maybe I will ask Will.
            Ana: What makes Will the right person?
            """);

        Assert.Equal("What makes Will the right person?", t.Turns[2].Text);
    }

    [Fact]
    public void YearsAndTimes_AreNotPhoneNumbers()
    {
        var t = Redacted("""
            Ana: What happened between 2019 2020 and 2021?
            Ben: We met at 10:30 on 12.03.2024 and talked for 45 minutes.
            """);

        Assert.DoesNotContain("[PHONE", string.Join(" ", t.Turns.Select(x => x.Text)), StringComparison.Ordinal);
    }
}
