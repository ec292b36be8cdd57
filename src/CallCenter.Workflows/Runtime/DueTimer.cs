namespace CallCenter.Workflows.Runtime;

public sealed record DueTimer(string BookmarkId, string InstanceId, DateTimeOffset DueAt);
