using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Models;

/// <summary>An instance variable with its initial value; types are informative (values are JSON).</summary>
public sealed class VariableDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public JsonNode? Value { get; set; }
}
