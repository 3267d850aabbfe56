using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachLens.Exam.Storage;

/// <summary>The JSON settings of the state files: camelCase names, enums as strings, indented so a person can read them.</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
