namespace CallCenter.Workflows.Models;

/// <summary>Source activity + port to target activity + port, as Elsa 3 writes it.</summary>
public sealed class Connection
{
    public ConnectionEndpoint Source { get; set; } = new();
    public ConnectionEndpoint Target { get; set; } = new() { Port = "In" };
}
