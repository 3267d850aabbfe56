using System.Globalization;
using System.Text.Json;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// JSON transcripts: our own format (docs/transcript.schema.json: an object with "turns") and a plain
/// array of {"speaker", "start", "end", "text"}. Times are seconds or timestamp strings ("00:01:02.5").
/// A "role" of coach or client on a turn is taken as stated.
/// </summary>
public sealed class JsonTranscriptReader : ITranscriptReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Format => "json";

    public int Sniff(TranscriptInput input)
    {
        var text = input.Text.AsSpan().TrimStart();
        if (text.Length == 0)
        {
            return 0;
        }

        // "[00:01:02] Maria: …" also starts with a bracket; a JSON array of turns starts with "[{" or "[]".
        var looksJson = text[0] == '{' || (text[0] == '[' && text[1..].TrimStart() is { Length: > 0 } rest && rest[0] is '{' or ']');
        return looksJson ? (input.Extension == "json" ? 95 : 90) : 0;
    }

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        var text = input.Text ?? throw new TranscriptException(input.Source, "not a text file");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            throw new TranscriptException(input.Source, $"not valid JSON (line {(ex.LineNumber ?? 0) + 1})");
        }

        using (doc)
        {
            var root = doc.RootElement;
            var turns = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("turns", out var t) && t.ValueKind == JsonValueKind.Array => t,
                _ => throw new TranscriptException(input.Source, "JSON transcript must be an array of turns or an object with a \"turns\" array"),
            };
            var result = new List<RawTurn>();
            var n = 0;
            foreach (var turn in turns.EnumerateArray())
            {
                n++;
                result.Add(ReadTurn(turn, n, input.Source));
            }

            return result.Count == 0 ? throw new TranscriptException(input.Source, "the JSON transcript has no turns") : result;
        }
    }

    private static RawTurn ReadTurn(JsonElement turn, int n, string source)
    {
        if (turn.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptException(source, $"turn {n} is not an object");
        }

        var speaker = String(turn, "speaker", n, source) ?? throw new TranscriptException(source, $"turn {n} has no \"speaker\"");
        var text = String(turn, "text", n, source) ?? throw new TranscriptException(source, $"turn {n} has no \"text\"");
        var role = String(turn, "role", n, source)?.ToLowerInvariant() switch
        {
            "coach" => Role.Coach,
            "client" => Role.Client,
            _ => Role.Unknown,
        };
        return new RawTurn(speaker, Time(turn, "start", n, source), Time(turn, "end", n, source), text, role);
    }

    private static string? String(JsonElement turn, string name, int n, string source) =>
        !turn.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new TranscriptException(source, $"turn {n}: \"{name}\" must be a string");

    private static double? Time(JsonElement turn, string name, int n, string source)
    {
        if (!turn.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        double? seconds = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var d) => d,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            JsonValueKind.String => Timestamps.TryParse(value.GetString() ?? string.Empty),
            _ => null,
        };
        return seconds is >= 0 and < 1e7
            ? seconds
            : throw new TranscriptException(source, $"turn {n}: malformed \"{name}\" time (expected seconds or hh:mm:ss)");
    }
}
