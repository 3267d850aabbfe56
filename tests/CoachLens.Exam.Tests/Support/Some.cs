using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Tests.Support;

/// <summary>Test data: small, valid items built in code, so each test shows only what matters to it.</summary>
public static class Some
{
    public static ExamItem Situational(string id, int competency, char best = 'A', char worst = 'D', string topic = "some-topic", string? stem = null) =>
        new(id, ItemKind.Situational, competency, [$"{competency}.1"], topic, best, worst,
            new LocalizedText(stem ?? $"Scenario {id} in English.", stem ?? $"{id} için Türkçe senaryo."), Options(competency), "memory");

    public static ExamItem Knowledge(string id, int competency, char answer = 'B', string topic = "some-topic") =>
        new(id, ItemKind.Knowledge, competency, [$"{competency}.1"], topic, answer, null,
            new LocalizedText($"Question {id}?", $"{id} sorusu?"), Options(competency), "memory");

    /// <summary>A bank with enough complete items for both PCC forms and the ACC form.</summary>
    public static ItemBank FullBank(int situationalPerCompetency = 20, int knowledgePerCompetency = 8)
    {
        var items = new List<ExamItem>();
        foreach (var c in Competencies.All)
        {
            for (var n = 1; n <= situationalPerCompetency; n++)
            {
                items.Add(Situational($"s{c}-{n:00}", c, "ABCD"[n % 4], "ABCD"[(n + 1) % 4], topic: $"topic-{n % 3}"));
            }

            for (var n = 1; n <= knowledgePerCompetency; n++)
            {
                items.Add(Knowledge($"k{c}-{n:00}", c, "ABCD"[n % 4], topic: $"topic-{n % 2}"));
            }
        }

        return ItemBank.From(items);
    }

    private static List<ItemOption> Options(int competency) =>
        "ABCD".Select(k => new ItemOption(k, [$"{competency}.1"],
            new OptionText($"Option {k}", $"Why {k} ({competency}.1)."),
            new OptionText($"Seçenek {k}", $"{k} neden ({competency}.1).")))
        .ToList();
}
