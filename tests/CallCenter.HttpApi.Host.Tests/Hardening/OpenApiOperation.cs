using System.Text.Json.Nodes;

namespace CallCenter.Hardening;

/// <summary>One operation of the Host's OpenAPI document: method, path template, its parameters and request body schema.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, string? BodyContentType, JsonNode? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A path or query parameter: its name, where it goes and its schema's type and format.</summary>
public sealed record OpenApiParameter(string Name, string In, string Type, string? Format, bool Required);
