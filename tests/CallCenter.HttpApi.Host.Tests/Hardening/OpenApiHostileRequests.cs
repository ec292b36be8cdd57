using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CallCenter.Hardening;

/// <summary>
/// Reads the Host's OpenAPI document and builds, for every operation, the hostile requests the hardening pass found
/// 500s with: U+0000 in every text query/route value and JSON string, Int32 overflow and negatives for integers,
/// 5,000-character strings, a wrong Content-Type and an empty body.
/// </summary>
public static class OpenApiHostileRequests
{
    public const string Nul = "a\0b";
    public static readonly string OverLong = new('长', 5000);

    public static List<OpenApiOperation> Operations(JsonNode document)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var (method, operation) in item.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers") continue;
                var parameters = shared.Concat(operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(document, p!))
                    .Select(p => new OpenApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                        TypeOf(document, p["schema"]), Resolve(document, p["schema"] ?? new JsonObject())["format"]?.GetValue<string>(),
                        p["required"]?.GetValue<bool>() == true))
                    .ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                string? contentType = null;
                JsonNode? schema = null;
                if (content is { Count: > 0 })
                    (contentType, schema) = content.Select(c => (c.Key, c.Value?["schema"])).OrderBy(c => c.Key.Contains("json", StringComparison.Ordinal) ? 0 : 1).First();
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, contentType, schema));
            }
        }
        return operations;
    }

    /// <summary>The hostile requests for one operation, each with a label naming the class of input.</summary>
    public static IEnumerable<(string Label, Func<HttpRequestMessage> Build)> For(JsonNode document, OpenApiOperation op)
    {
        var query = op.Parameters.Where(p => p.In == "query").ToList();
        var route = op.Parameters.Where(p => p.In == "path").ToList();
        var texts = query.Where(p => p.Type == "string" && p.Format is null).ToList();
        var integers = query.Where(p => p.Type == "integer").ToList();

        if (texts.Count > 0)
        {
            yield return ("NUL in query", () => Request(document, op, RouteValues(route, null), texts.Select(p => (p.Name, Nul))));
            yield return ("over-long query", () => Request(document, op, RouteValues(route, null), texts.Select(p => (p.Name, OverLong))));
        }
        if (integers.Count > 0)
        {
            yield return ("Int32 overflow in query", () => Request(document, op, RouteValues(route, null), integers.Select(p => (p.Name, "2147483648"))));
            yield return ("Int32.MaxValue in query", () => Request(document, op, RouteValues(route, null), integers.Select(p => (p.Name, "2147483647"))));
            yield return ("negative in query", () => Request(document, op, RouteValues(route, null), integers.Select(p => (p.Name, "-1"))));
        }
        foreach (var p in route)
        {
            // No NUL in a path: the server refuses a %00 in the path itself (Kestrel: a bodiless 400; the test server throws).
            yield return ($"over-long route {p.Name}", () => Request(document, op, RouteValues(route, (p.Name, OverLong)), []));
            if (p.Type == "integer")
                yield return ($"Int32 overflow in route {p.Name}", () => Request(document, op, RouteValues(route, (p.Name, "2147483648")), []));
        }
        if (op.BodyContentType is not null)
        {
            var values = RouteValues(route, null);
            if (op.BodyContentType.Contains("json", StringComparison.Ordinal))
            {
                yield return ("NUL in JSON body", () => Request(document, op, values, [], JsonBody(Sample(document, op.BodySchema, Nul, 1, 0))));
                yield return ("over-long JSON body", () => Request(document, op, values, [], JsonBody(Sample(document, op.BodySchema, OverLong, 1, 0))));
                yield return ("extreme numbers in JSON body", () => Request(document, op, values, [], JsonBody(Sample(document, op.BodySchema, "x", int.MaxValue, 0))));
                yield return ("negative numbers in JSON body", () => Request(document, op, values, [], JsonBody(Sample(document, op.BodySchema, "x", -1, 0))));
                yield return ("empty JSON object", () => Request(document, op, values, [], JsonBody(new JsonObject())));
            }
            yield return ("wrong content type", () => Request(document, op, values, [], new StringContent("hello", Encoding.UTF8, "text/plain")));
            yield return ("empty body", () => Request(document, op, values, [], EmptyJson()));
        }
        // Every operation once with harmless values, so a 5xx on the plain path is caught too.
        yield return ("plain", () => Request(document, op, RouteValues(route, null), [],
            op.BodyContentType?.Contains("json", StringComparison.Ordinal) == true ? JsonBody(Sample(document, op.BodySchema, "x", 1, 0)) : null));
    }

    private static Dictionary<string, string> RouteValues(List<OpenApiParameter> route, (string Name, string Value)? hostile) =>
        route.ToDictionary(p => p.Name, p => hostile is { } h && h.Name == p.Name ? h.Value : p.Format == "uuid" ? Guid.NewGuid().ToString() : p.Type == "integer" ? "1" : "x");

    private static HttpRequestMessage Request(JsonNode document, OpenApiOperation op, Dictionary<string, string> route,
        IEnumerable<(string Name, string Value)> query, HttpContent? body = null)
    {
        var path = route.Aggregate(op.Path, (p, kv) => p.Replace("{" + kv.Key + "}", Uri.EscapeDataString(kv.Value), StringComparison.Ordinal));
        var queryString = string.Join("&", query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
        return new HttpRequestMessage(new HttpMethod(op.Method), queryString.Length == 0 ? path : path + "?" + queryString) { Content = body };
    }

    private static StringContent JsonBody(JsonNode? node) =>
        new(node?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");

    private static ByteArrayContent EmptyJson()
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A value for the schema, every string set to <paramref name="text"/> and every number to <paramref name="number"/>.</summary>
    private static JsonNode? Sample(JsonNode document, JsonNode? schemaNode, string text, long number, int depth)
    {
        if (schemaNode is null || depth > 6) return null;
        var schema = Resolve(document, schemaNode);
        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            if (schema[combinator] is JsonArray { Count: > 0 } options)
                return Sample(document, options.FirstOrDefault(o => TypeOf(document, o) != "null") ?? options[0], text, number, depth + 1);
        if (schema["enum"] is JsonArray { Count: > 0 } values) return values[0]?.DeepClone();
        var format = schema["format"]?.GetValue<string>();
        switch (TypeOf(document, schema))
        {
            case "object":
                var obj = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                    obj[name] = Sample(document, property, text, number, depth + 1);
                return obj;
            case "array":
                return new JsonArray(Sample(document, schema["items"], text, number, depth + 1));
            case "string" when format == "uuid":
                return Guid.NewGuid().ToString();
            case "string" when format is "date-time" or "date":
                return format == "date" ? "2026-01-01" : "2026-01-01T08:00:00+08:00";
            case "string" when format is "time":
                return "08:00:00";
            case "string" when format == "duration":
                return "00:05:00";
            case "string":
                return text;
            case "integer":
                return format == "int64" ? number : (int)Math.Clamp(number, int.MinValue, int.MaxValue);
            case "number":
                return number == int.MaxValue ? 7.9e28 : number;
            case "boolean":
                return true;
            default:
                return schema["properties"] is not null ? Sample(document, new JsonObject { ["type"] = "object", ["properties"] = schema["properties"]!.DeepClone() }, text, number, depth + 1) : null;
        }
    }

    private static JsonNode Resolve(JsonNode document, JsonNode node)
    {
        for (var i = 0; i < 10 && node["$ref"]?.GetValue<string>() is { } reference; i++)
            node = reference.TrimStart('#', '/').Split('/').Aggregate(document, (n, part) => n[part.Replace("~1", "/").Replace("~0", "~")]!);
        return node;
    }

    /// <summary>"string", "integer", …: the first non-null type (OpenAPI 3.1 writes ["null", "string"]).</summary>
    private static string TypeOf(JsonNode document, JsonNode? schemaNode)
    {
        if (schemaNode is null) return "";
        var schema = Resolve(document, schemaNode);
        return schema["type"] switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            _ => schema["oneOf"] is JsonArray { Count: > 0 } o ? TypeOf(document, o.FirstOrDefault(x => TypeOf(document, x) != "null"))
               : schema["anyOf"] is JsonArray { Count: > 0 } a2 ? TypeOf(document, a2.FirstOrDefault(x => TypeOf(document, x) != "null")) : "",
        };
    }
}
