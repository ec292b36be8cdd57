namespace CallCenter.Workflows.Models;

/// <summary>The root container: activities and the connections between their ports.</summary>
public sealed class FlowchartModel
{
    public string Type { get; set; } = "Flowchart";
    public string Id { get; set; } = "flowchart1";
    public List<ActivityNode> Activities { get; set; } = [];
    public List<Connection> Connections { get; set; } = [];
}
