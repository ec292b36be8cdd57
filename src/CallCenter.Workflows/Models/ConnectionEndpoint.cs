namespace CallCenter.Workflows.Models;

public sealed class ConnectionEndpoint
{
    public string Activity { get; set; } = "";
    public string Port { get; set; } = "Done";
}
