namespace CallCenter.Workflows.Http;

/// <summary>How an HTTP request and an HttpEndpoint meet: "METHOD /path" in lower case, plus "|correlation" for a resume.</summary>
public static class HttpEndpointKey
{
    public const string BookmarkName = "HttpEndpoint";

    public static string For(string method, string path, string? correlationId = null)
    {
        var key = method.ToUpperInvariant() + " /" + path.Trim('/').ToLowerInvariant();
        return correlationId is { Length: > 0 } ? key + "|" + correlationId : key;
    }
}
