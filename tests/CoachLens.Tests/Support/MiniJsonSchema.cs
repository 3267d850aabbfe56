using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoachLens.Tests.Support;

/// <summary>
/// A small JSON Schema (2020-12) validator for the keywords our schemas use: type, const, enum, required,
/// properties, items, minItems, maxItems, minimum, maximum, minLength, pattern and local $ref.
/// No schema package restores here (DEPENDENCIES.md), so the tests carry this one.
/// </summary>
public static class MiniJsonSchema
{
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            Check(root, target, value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!allowed.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join("|", allowed)}, got {value.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of the allowed values");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{path}: missing required property '{name}'");
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject().Where(p => value.TryGetProperty(p.Name, out _)))
                {
                    Check(root, p.Value, value.GetProperty(p.Name), $"{path}.{p.Name}", errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var count = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
            {
                errors.Add($"{path}: {count} items, fewer than {min.GetInt32()}");
            }

            if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
            {
                errors.Add($"{path}: {count} items, more than {max.GetInt32()}");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(root, items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var n = value.GetDouble();
            if (schema.TryGetProperty("minimum", out var lo) && n < lo.GetDouble())
            {
                errors.Add($"{path}: {n} is below {lo.GetDouble()}");
            }

            if (schema.TryGetProperty("maximum", out var hi) && n > hi.GetDouble())
            {
                errors.Add($"{path}: {n} is above {hi.GetDouble()}");
            }
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var s = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && s.Length < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength.GetInt32()}");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!))
            {
                errors.Add($"{path}: '{s}' does not match {pattern.GetString()}");
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
