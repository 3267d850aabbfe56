using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoachLens.Transcripts.Writers;

/// <summary>
/// Our own JSON transcript format (docs/transcript.schema.json): what was read, normalized, with roles.
/// <see cref="Readers.JsonTranscriptReader"/> reads it back, roles included.
/// </summary>
public sealed class JsonTranscriptWriter : ITranscriptWriter
{
    /// <summary>The value of the "format" field that marks our own transcript files.</summary>
    public const string FormatId = "coachlens-transcript";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public string Format => "json";

    public string Extension => "json";

    public bool IsText => true;

    public byte[] Write(Transcript transcript)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatId);
            json.WriteNumber("version", 1);
            json.WriteString("source", transcript.Source);
            json.WriteString("inputFormat", transcript.Format);
            json.WriteString("language", transcript.Language);
            WriteRoles(json, transcript.Roles);
            json.WriteStartObject("privacy");
            json.WriteBoolean("redacted", transcript.Redaction is not null);
            json.WriteNumber("placeholders", transcript.Redaction?.Placeholders ?? 0);
            json.WriteEndObject();
            json.WriteStartArray("turns");
            foreach (var turn in transcript.Turns)
            {
                WriteTurn(json, turn);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteRoles(Utf8JsonWriter json, RoleAssignment roles)
    {
        json.WriteStartObject("roles");
        json.WriteString("coach", roles.CoachSpeaker);
        WriteStrings(json, "clients", roles.ClientSpeakers);
        WriteStrings(json, "others", roles.OtherSpeakers);
        json.WriteString("method", roles.Method);
        json.WriteNumber("confidence", roles.Confidence);
        json.WriteEndObject();
    }

    private static void WriteTurn(Utf8JsonWriter json, Turn turn)
    {
        json.WriteStartObject();
        json.WriteNumber("index", turn.Index);
        json.WriteString("speaker", turn.Speaker);
        json.WriteString("role", turn.Role.ToString().ToLowerInvariant());
        WriteTime(json, "start", turn.Start);
        WriteTime(json, "end", turn.End);
        json.WriteString("text", turn.Text);
        WriteStrings(json, "annotations", turn.Annotations);
        json.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, double? seconds)
    {
        if (seconds is { } s)
        {
            json.WriteNumber(name, Math.Round(s, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
