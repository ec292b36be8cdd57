using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Models;

/// <summary>
/// One version of a workflow definition in Elsa 3's JSON shape (definitionId + version, a root flowchart).
/// Mutable because the designer and the import path fill it piecemeal; the engine never mutates a published one.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>Row id of this version; empty until stored.</summary>
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; } = 1;
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<ArgumentDefinition> Inputs { get; set; } = [];
    public List<ArgumentDefinition> Outputs { get; set; } = [];
    public WorkflowOptions Options { get; set; } = new();
    public FlowchartModel Root { get; set; } = new();

    [JsonIgnore]
    public string Key => DefinitionId + ":" + Version;
}
