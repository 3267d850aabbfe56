using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoachLens.Learning;

/// <summary>
/// A multi-head logistic-regression model stored as data: for each named feature, one weight per head.
/// The core only loads and applies it; training lives in CoachLens.Training. Weights are rounded to six
/// decimals when a model is created, so a model in memory and the same model read back from its file
/// score identically.
/// </summary>
public sealed class LinearModel
{
    private const int Decimals = 6;

    private readonly Dictionary<ulong, int> rows;
    private readonly double[] weights;
    private readonly string[] names;

    private LinearModel(ModelInfo info, IReadOnlyList<LinearHead> heads, string[] names, double[] weights)
    {
        Info = info;
        Heads = heads;
        this.names = names;
        this.weights = weights;
        rows = new Dictionary<ulong, int>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            if (!rows.TryAdd(FeatureHash.Of(names[i]), i))
            {
                throw new InvalidDataException($"model {info.Id}: feature '{names[i]}' collides with another feature's hash");
            }
        }
    }

    public ModelInfo Info { get; }

    public IReadOnlyList<LinearHead> Heads { get; }

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount => names.Length;

    /// <summary>Builds a model from trained weights (name → one weight per head); all-zero rows are dropped.</summary>
    public static LinearModel Create(ModelInfo info, IReadOnlyList<LinearHead> heads, IEnumerable<KeyValuePair<string, double[]>> featureWeights)
    {
        var kept = featureWeights
            .Select(kv => (kv.Key, Values: kv.Value.Select(w => Math.Round(w, Decimals)).ToArray()))
            .Where(kv => kv.Values.Any(w => w != 0))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToArray();
        var roundedHeads = heads.Select(h => h with { Bias = Math.Round(h.Bias, Decimals), Threshold = Math.Round(h.Threshold, 4) }).ToArray();
        Validate(info, roundedHeads, kept.Select(k => (k.Key, k.Values)));
        return new LinearModel(info, roundedHeads, kept.Select(k => k.Key).ToArray(), kept.SelectMany(k => k.Values).ToArray());
    }

    public int HeadIndex(string name)
    {
        for (var i = 0; i < Heads.Count; i++)
        {
            if (Heads[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"model {Info.Id} has no head '{name}'");
    }

    /// <summary>The weight of a feature for a head, 0 when the model does not know the feature.</summary>
    public double Weight(string feature, string head) =>
        rows.TryGetValue(FeatureHash.Of(feature), out var row) ? weights[(row * Heads.Count) + HeadIndex(head)] : 0;

    internal bool TryGetRow(ulong hash, out int row) => rows.TryGetValue(hash, out row);

    internal void AddRow(int row, double[] sums)
    {
        var offset = row * sums.Length;
        for (var h = 0; h < sums.Length; h++)
        {
            sums[h] += weights[offset + h];
        }
    }

    public static LinearModel Parse(Stream json)
    {
        ModelFile file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(json, ReadOptions) ?? throw new InvalidDataException("the model file is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the model file is not valid JSON: {ex.Message}", ex);
        }

        var info = new ModelInfo(file.Id ?? string.Empty, file.Version ?? string.Empty, file.Features ?? string.Empty, file.Source ?? string.Empty, file.Training ?? new Dictionary<string, string>(), file.Scaling ?? ModelInfo.NoScaling);
        var heads = (file.Heads ?? []).Select(h => new LinearHead(h.Name ?? string.Empty, h.Bias, h.Threshold)).ToArray();
        var entries = (file.Weights ?? []).Select(kv => (kv.Key, kv.Value ?? [])).ToArray();
        Validate(info, heads, entries);
        return new LinearModel(info, heads, entries.Select(e => e.Key).ToArray(), entries.SelectMany(e => e.Item2).ToArray());
    }

    /// <summary>The model as its data file: stable property order, features in ordinal order, "\n" line ends.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "./linear-model.schema.json");
            w.WriteString("id", Info.Id);
            w.WriteString("version", Info.Version);
            w.WriteString("features", Info.FeatureSet);
            w.WriteString("source", Info.Source);
            w.WriteString("scaling", Info.Scaling);
            w.WriteStartObject("training");
            foreach (var kv in Info.Training.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                w.WriteString(kv.Key, kv.Value);
            }

            w.WriteEndObject();
            w.WriteStartArray("heads");
            foreach (var h in Heads)
            {
                w.WriteStartObject();
                w.WriteString("name", h.Name);
                w.WriteNumber("bias", h.Bias);
                w.WriteNumber("threshold", h.Threshold);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("weights");
            for (var i = 0; i < names.Length; i++)
            {
                // One feature a line keeps the file diffable.
                var row = string.Join(",", Enumerable.Range(0, Heads.Count).Select(h => weights[(i * Heads.Count) + h].ToString("R", CultureInfo.InvariantCulture)));
                w.WritePropertyName(names[i]);
                w.WriteRawValue("[" + row + "]", skipInputValidation: true);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        return text + "\n";
    }

    private static void Validate(ModelInfo info, LinearHead[] heads, IEnumerable<(string Name, double[] Values)> entries)
    {
        if (string.IsNullOrWhiteSpace(info.Id) || string.IsNullOrWhiteSpace(info.Version) || string.IsNullOrWhiteSpace(info.FeatureSet) || string.IsNullOrWhiteSpace(info.Source))
        {
            throw new InvalidDataException("a model needs an id, a version, a feature set and a source");
        }

        if (info.Scaling is not (ModelInfo.NoScaling or ModelInfo.SqrtCount))
        {
            throw new InvalidDataException($"model {info.Id}: unknown scaling '{info.Scaling}' (none|sqrt-count)");
        }

        if (heads.Length == 0 || heads.Any(h => string.IsNullOrWhiteSpace(h.Name)) || heads.Select(h => h.Name).Distinct(StringComparer.Ordinal).Count() != heads.Length)
        {
            throw new InvalidDataException($"model {info.Id}: heads must be named and unique");
        }

        foreach (var h in heads)
        {
            if (!double.IsFinite(h.Bias) || !(h.Threshold > 0 && h.Threshold < 1))
            {
                throw new InvalidDataException($"model {info.Id}: head '{h.Name}' needs a finite bias and a threshold between 0 and 1");
            }
        }

        foreach (var (name, values) in entries)
        {
            if (string.IsNullOrEmpty(name) || !name.Contains(':', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"model {info.Id}: feature name '{name}' is not 'prefix:value'");
            }

            if (values.Length != heads.Length || values.Any(v => !double.IsFinite(v)))
            {
                throw new InvalidDataException($"model {info.Id}: feature '{name}' needs {heads.Length} finite weights");
            }
        }
    }

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record HeadEntry(string? Name, double Bias, double Threshold);

    private sealed record ModelFile(
        string? Id,
        string? Version,
        string? Features,
        string? Source,
        string? Scaling,
        Dictionary<string, string>? Training,
        HeadEntry[]? Heads,
        Dictionary<string, double[]?>? Weights);
}

/// <summary>What a model is: id, version, the feature set it was trained with, where it came from and how.</summary>
/// <param name="Scaling">"none", or "sqrt-count": an example's summed weights are divided by the square root of its number of distinct features, so long turns do not score higher just for being long.</param>
public sealed record ModelInfo(string Id, string Version, string FeatureSet, string Source, IReadOnlyDictionary<string, string> Training, string Scaling = ModelInfo.NoScaling)
{
    public const string NoScaling = "none";
    public const string SqrtCount = "sqrt-count";
}
