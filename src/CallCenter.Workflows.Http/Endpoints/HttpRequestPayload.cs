using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CallCenter.Workflows.Http.Endpoints;

/// <summary>The request as the workflow sees it (outputs.&lt;endpoint&gt;.request): small and JSON, never the raw stream.</summary>
public static class HttpRequestPayload
{
    private const int MaxBodyChars = 1 << 20;

    public static async Task<JsonObject> ReadAsync(HttpContext http, string path)
    {
        var query = new JsonObject();
        foreach (var (name, values) in http.Request.Query) query[name] = values.ToString();
        var payload = new JsonObject
        {
            ["method"] = http.Request.Method,
            ["path"] = "/" + path.Trim('/'),
            ["query"] = query,
            ["user"] = http.User.Identity?.Name,
        };
        using var reader = new StreamReader(http.Request.Body);
        var buffer = new char[MaxBodyChars];
        var read = await reader.ReadBlockAsync(buffer, http.RequestAborted);
        if (read > 0)
        {
            var text = new string(buffer, 0, read);
            var isJson = http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
            payload["body"] = isJson ? JsonNode.Parse(text) : JsonValue.Create(text);
        }
        return payload;
    }
}
