namespace CallCenter.Workflows.Execution;

/// <summary>A fault that stopped an instance: which node, what went wrong, when.</summary>
public sealed class Incident
{
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public DateTimeOffset At { get; set; }
    public bool Resolved { get; set; }
}
