using System.Text.Json.Nodes;

namespace CallCenter.Contract;

/// <summary>The first place two JSON documents differ, as a path a person can find ("$.components.schemas.HouseholdDto.properties.name").</summary>
public static class JsonDiff
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key)) return $"{path}.{key} is no longer served";
                    if (FirstDifference(value, a[key], $"{path}.{key}") is { } inner) return inner;
                }
                foreach (var (key, _) in a)
                    if (!e.ContainsKey(key)) return $"{path}.{key} is new";
                return null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } inner) return inner;
                return e.Count == a.Count ? null : $"{path} has {a.Count} items instead of {e.Count}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: {expected?.ToJsonString() ?? "null"} → {actual?.ToJsonString() ?? "null"}";
        }
    }
}
