namespace CallCenter.Workflows.Designer;

public sealed record WorkflowEdit(string DefinitionId, string? UserName, DateTimeOffset At, string Kind);
