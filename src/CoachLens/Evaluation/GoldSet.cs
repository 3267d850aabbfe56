using System.Text.Json;

namespace CoachLens.Evaluation;

/// <summary>
/// Reads a gold file: JSON Lines, one transcript a line, <c>{"id", "turns": [{"speaker", "text", "labels",
/// "uncertain"?, "start"?}]}</c> (the format of the shared AnnoMI data). Other properties are ignored.
/// </summary>
public static class GoldSet
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<GoldDocument> Read(TextReader reader)
    {
        var documents = new List<GoldDocument>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            DocumentEntry entry;
            try
            {
                entry = JsonSerializer.Deserialize<DocumentEntry>(line, Options) ?? throw new InvalidDataException($"gold line {lineNumber} is empty");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"gold line {lineNumber} is not valid JSON: {ex.Message}", ex);
            }

            if (string.IsNullOrWhiteSpace(entry.Id) || entry.Turns is null || entry.Turns.Length == 0)
            {
                throw new InvalidDataException($"gold line {lineNumber} needs an \"id\" and at least one turn");
            }

            if (!ids.Add(entry.Id))
            {
                throw new InvalidDataException($"gold line {lineNumber}: the id '{entry.Id}' appears twice");
            }

            var turns = entry.Turns.Select((t, i) =>
                string.IsNullOrWhiteSpace(t.Speaker) || t.Text is null
                    ? throw new InvalidDataException($"gold line {lineNumber}, turn {i}: needs a \"speaker\" and a \"text\"")
                    : new GoldTurn(t.Speaker, t.Start, t.Text, t.Labels ?? [], t.Uncertain ?? [])).ToArray();
            documents.Add(new GoldDocument(entry.Id, turns));
        }

        return documents;
    }

    private sealed record TurnEntry(string? Speaker, string? Start, string? Text, string[]? Labels, string[]? Uncertain);

    private sealed record DocumentEntry(string? Id, TurnEntry[]? Turns);
}
