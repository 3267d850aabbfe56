using System.Text.Json.Nodes;

namespace CoachLens.Web.Data;

/// <summary>
/// The trust-and-safety numbers of a report, when the report has a "trust" section (docs/report-format.md):
/// read from the JSON so reports from before that section, and after it grows, both work.
/// </summary>
public sealed record TrustMeasures(double MeanOpenness, double FinalOpenness, int TrustBreakers, int Repairs)
{
    public static TrustMeasures? FromReportJson(string json)
    {
        if (JsonNode.Parse(json)?["trust"] is not JsonObject trust)
        {
            return null;
        }

        var points = (trust["trajectory"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var openness = points.Select(p => Number(p["openness"])).ToList();
        return new TrustMeasures(
            openness.Count == 0 ? 0 : Math.Round(openness.Average(), 3),
            points.Count == 0 ? 0 : Math.Round(Number(points[^1]["smoothed"] ?? points[^1]["openness"]), 3),
            (trust["trustBreakers"] as JsonArray)?.Count ?? 0,
            (trust["repairs"] as JsonArray)?.Count ?? 0);
    }

    private static double Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : 0;
}
