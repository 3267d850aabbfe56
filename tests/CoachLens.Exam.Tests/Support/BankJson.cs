using System.Text;
using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Tests.Support;

/// <summary>Builds bank-file JSON for loader tests, with one field changed at a time.</summary>
public static class BankJson
{
    public const string ValidSituational = """
        {
          "id": "s4-01", "kind": "situational", "competency": 4, "subItems": ["4.4"], "topic": "repair-after-misstep",
          "best": "C", "worst": "A",
          "scenario": { "en": "A client frowns after the coach's question.", "tr": "Danışan, koçun sorusundan sonra kaşlarını çatıyor." },
          "options": [
            { "key": "A", "refs": ["4.4"], "en": { "text": "a", "explanation": "ea (4.4)." }, "tr": { "text": "a", "explanation": "ta (4.4)." } },
            { "key": "B", "refs": ["4.4"], "en": { "text": "b", "explanation": "eb (4.4)." }, "tr": { "text": "b", "explanation": "tb (4.4)." } },
            { "key": "C", "refs": ["4.4"], "en": { "text": "c", "explanation": "ec (4.4)." }, "tr": { "text": "c", "explanation": "tc (4.4)." } },
            { "key": "D", "refs": ["4.4"], "en": { "text": "d", "explanation": "ed (4.4)." }, "tr": { "text": "d", "explanation": "td (4.4)." } }
          ]
        }
        """;

    public static string File(params string[] items) =>
        $$"""{ "bankVersion": "1", "source": "test", "items": [ {{string.Join(",", items)}} ] }""";

    public static BankFile Load(string json) =>
        BankLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");
}
