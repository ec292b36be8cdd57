namespace CallCenter.Workflows.Stores.Entities;

/// <summary>
/// When a periodic chore (retention) last ran on any node; claimed with one conditional upsert, so the chore runs
/// once per interval across all nodes without a lock or a scheduler.
/// </summary>
public sealed class MaintenanceRecord
{
    public string Name { get; set; } = "";
    public DateTimeOffset LastRunAt { get; set; }
}
