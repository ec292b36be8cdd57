namespace CallCenter.Workflows.Stores.Entities;

/// <summary>A journal line; (instance, sequence) is unique, so a committed step can never be recorded twice.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActivityId { get; set; }
    public string? ActivityType { get; set; }
    public string Kind { get; set; } = "";
    public string? Outcomes { get; set; }
    public string? Message { get; set; }
}
