using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Http;

/// <summary>
/// The response a run writes for the HTTP request that drove it. Transient (a run property, never state): a
/// response can only be written while the request is open on this node.
/// </summary>
public sealed class HttpResponseCapture
{
    public const string PropertyKey = "CallCenter.Workflows.Http.Response";
    public const string HttpContextKey = "CallCenter.Workflows.Http.Context";

    public bool Written { get; private set; }
    public int StatusCode { get; private set; } = 200;
    public string ContentType { get; private set; } = "application/json";
    public string? Content { get; private set; }

    public void Write(int statusCode, JsonNode? content, string? contentType)
    {
        Written = true;
        StatusCode = statusCode;
        if (content is JsonValue v && v.TryGetValue<string>(out var text))
        {
            Content = text;
            ContentType = contentType ?? "text/plain; charset=utf-8";
        }
        else
        {
            Content = content?.ToJsonString();
            ContentType = contentType ?? "application/json";
        }
    }
}
