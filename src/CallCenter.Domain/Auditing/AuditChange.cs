namespace CallCenter.Auditing;

public sealed record AuditChange(string Field, string? OldValue, string? NewValue);
