namespace CallCenter.Workflows.Models;

/// <summary>A declared workflow input or output (name, type, display name for the designer).</summary>
public sealed class ArgumentDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public string? DisplayName { get; set; }
    public bool Required { get; set; }
}
