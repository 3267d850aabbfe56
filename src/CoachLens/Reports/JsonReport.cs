using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoachLens.Reports;

/// <summary>Writes and reads the JSON report. Property order is declaration order, so output is byte-stable.</summary>
public static class JsonReport
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Keep quotes and non-ASCII letters readable in the file; the JSON is data, never embedded in HTML as-is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(AnalysisReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    public static AnalysisReport Read(string json) =>
        JsonSerializer.Deserialize<AnalysisReport>(json, Options) ?? throw new InvalidDataException("the report is empty");
}
