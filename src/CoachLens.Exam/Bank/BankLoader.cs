using System.Text.Json;
using System.Text.RegularExpressions;
using CoachLens.Exam.Bank.Json;

namespace CoachLens.Exam.Bank;

/// <summary>
/// Reads bank files (Bank/FORMAT.md) and validates them at load: a broken item fails loudly here, never in the
/// middle of an exam. English must be complete; a missing Turkish text is allowed and counted, not hidden.
/// </summary>
public static partial class BankLoader
{
    private const string ResourcePrefix = "CoachLens.Exam.Bank.";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly char[] Keys = ['A', 'B', 'C', 'D'];

    /// <summary>The bank files embedded in this assembly, in name order.</summary>
    public static IReadOnlyList<BankFile> LoadEmbedded()
    {
        var assembly = typeof(BankLoader).Assembly;
        var files = new List<BankFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            files.Add(Parse(stream, name[ResourcePrefix.Length..]));
        }

        return files;
    }

    public static BankFile Parse(Stream json, string fileName)
    {
        BankFileJson? file;
        try
        {
            file = JsonSerializer.Deserialize<BankFileJson>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"bank file {fileName} is not valid JSON: {ex.Message}", ex);
        }

        var problems = new List<string>();
        if (file is null || file.Items is null)
        {
            throw new InvalidDataException($"bank file {fileName} has no items");
        }

        if (string.IsNullOrWhiteSpace(file.BankVersion) || string.IsNullOrWhiteSpace(file.Source))
        {
            problems.Add("bankVersion and source are required");
        }

        var items = new List<ExamItem>();
        foreach (var (raw, index) in file.Items.Select((x, i) => (x, i)))
        {
            var item = Convert(raw, fileName, $"item {index + 1} ({raw.Id ?? "no id"})", problems);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return problems.Count == 0
            ? new BankFile(fileName, file.BankVersion!, file.Source!, items)
            : throw new InvalidDataException($"bank file {fileName} is invalid: {string.Join("; ", problems.Take(20))}");
    }

    private static ExamItem? Convert(ItemJson raw, string fileName, string where, List<string> problems)
    {
        var count = problems.Count;
        var kind = raw.Kind switch
        {
            "situational" => ItemKind.Situational,
            "knowledge" => ItemKind.Knowledge,
            _ => (ItemKind?)null,
        };
        if (kind is null)
        {
            problems.Add($"{where}: kind must be situational or knowledge");
            return null;
        }

        var competency = raw.Competency ?? 0;
        var idMatch = IdPattern().Match(raw.Id ?? string.Empty);
        if (!Competencies.IsValid(competency))
        {
            problems.Add($"{where}: competency must be 1-8");
        }

        if (!idMatch.Success || idMatch.Groups[1].Value != (kind == ItemKind.Situational ? "s" : "k")
            || idMatch.Groups[2].Value != competency.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            problems.Add($"{where}: id must be {(kind == ItemKind.Situational ? "s" : "k")}{competency}-NN");
        }

        if (raw.SubItems is not { Count: > 0 } || raw.SubItems.Any(s => !Competencies.IsValidSubItem(s)))
        {
            problems.Add($"{where}: subItems must be ICF 2019 sub-item ids ({string.Join(",", raw.SubItems ?? [])})");
        }

        if (string.IsNullOrWhiteSpace(raw.Topic) || !TopicPattern().IsMatch(raw.Topic))
        {
            problems.Add($"{where}: topic must be a kebab-case tag");
        }

        var stem = kind == ItemKind.Situational ? raw.Scenario : raw.Question;
        if (stem is null || string.IsNullOrWhiteSpace(stem.En))
        {
            problems.Add($"{where}: {(kind == ItemKind.Situational ? "scenario" : "question")}.en is required");
        }

        char? key, worst = null;
        if (kind == ItemKind.Situational)
        {
            key = KeyOf(raw.Best);
            worst = KeyOf(raw.Worst);
            if (key is null || worst is null || key == worst || raw.Answer is not null)
            {
                problems.Add($"{where}: a situational item needs best and worst keys A-D that differ, and no answer");
            }
        }
        else
        {
            key = KeyOf(raw.Answer);
            if (key is null || raw.Best is not null || raw.Worst is not null)
            {
                problems.Add($"{where}: a knowledge item needs an answer key A-D, and no best/worst");
            }
        }

        var options = ConvertOptions(raw.Options, where, problems);
        if (problems.Count > count)
        {
            return null;
        }

        return new ExamItem(raw.Id!, kind.Value, competency, raw.SubItems!, raw.Topic!, key!.Value, worst,
            new LocalizedText(stem!.En, stem.Tr), options, fileName);
    }

    private static List<ItemOption> ConvertOptions(List<OptionJson>? raw, string where, List<string> problems)
    {
        var options = new List<ItemOption>();
        if (raw is null || raw.Count != 4 || !raw.Select(o => KeyOf(o.Key)).SequenceEqual(Keys.Cast<char?>()))
        {
            problems.Add($"{where}: options must be exactly A, B, C, D in order");
            return options;
        }

        foreach (var o in raw)
        {
            if (o.Refs is null || o.Refs.Any(r => !Competencies.IsValidSubItem(r)))
            {
                problems.Add($"{where}: option {o.Key} refs must be ICF 2019 sub-item ids");
            }

            var en = Text(o.En);
            if (en is not { IsComplete: true })
            {
                problems.Add($"{where}: option {o.Key} needs English text and explanation");
            }

            options.Add(new ItemOption(o.Key![0], o.Refs ?? [], en, Text(o.Tr)));
        }

        return options;
    }

    private static OptionText? Text(OptionTextJson? raw) =>
        raw is null ? null : new OptionText(raw.Text ?? string.Empty, raw.Explanation ?? string.Empty);

    private static char? KeyOf(string? key) => key is { Length: 1 } && key[0] is >= 'A' and <= 'D' ? key[0] : null;

    [GeneratedRegex(@"^([sk])([1-8])-\d{2,3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TopicPattern();
}
