using System.Text;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Localization;

/// <summary>
/// The Turkish rubric and rule files translate English texts that other work keeps improving. This list
/// of those English texts is a reviewed snapshot: when one changes, this test fails until the Turkish
/// translation is updated too and the list refreshed (UPDATE_SNAPSHOTS=1), so a translation never goes stale silently.
/// </summary>
public class TranslationSourceTests
{
    [Fact]
    public void EnglishTextsTheTranslationsFollow_AreUnchanged()
    {
        var path = Path.Combine(Repo.Root, "tests", "CoachLens.Tests", "Snapshots", "translation-sources.en.txt");
        var actual = Sources();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var changed = actual.Split('\n').Except(expected.Split('\n')).Take(5).ToList();
        Assert.True(
            changed.Count == 0,
            "English texts changed since the Turkish translation was last reviewed; update icf-2019.tr.data.json or marker-rules.tr.data.json, then run with UPDATE_SNAPSHOTS=1:\n" + string.Join("\n", changed));
        Assert.Equal(expected, actual);
    }

    private static string Sources()
    {
        var rubric = RubricLoader.Default;
        var sb = new StringBuilder();
        void Line(string key, string? text)
        {
            if (text is not null)
            {
                sb.Append(key).Append(" = ").Append(text).Append('\n');
            }
        }

        Line("title", rubric.Title);
        Line("note", rubric.Note);
        foreach (var c in rubric.Competencies)
        {
            Line($"competency {c.Id} domain", c.DomainName);
            Line($"competency {c.Id} name", c.Name);
            Line($"competency {c.Id} definition", c.Definition);
            foreach (var s in c.SubItems)
            {
                Line($"sub-item {s.Id}", s.Text);
            }
        }

        foreach (var m in rubric.Markers)
        {
            Line($"marker {m.Id} text", m.Text);
            Line($"marker {m.Id} tip", m.Tip);
            Line($"marker {m.Id} template", m.Rewrite.Template);
            Line($"marker {m.Id} assessability", m.AssessabilityNote);
        }

        foreach (var a in rubric.AccStatements)
        {
            Line($"acc {a.Id}", a.Text);
        }

        foreach (var m in rubric.CommonMistakes)
        {
            Line($"mistake {m.Id}", m.Text);
        }

        foreach (var l in rubric.Levels)
        {
            Line($"level {l.Level}", l.Text);
            foreach (var c in l.Criteria)
            {
                Line($"criterion {c.Id}", c.Text);
            }
        }

        Line("level caveat", rubric.LevelCaveat);
        foreach (var r in MarkerRules.Default.Rules)
        {
            Line($"rule {r.Marker} found", r.Found);
            Line($"rule {r.Marker} missing", r.Missing);
        }

        Line("quality cap note", MarkerRules.Default.QualityCap.Note);
        return sb.ToString();
    }
}
