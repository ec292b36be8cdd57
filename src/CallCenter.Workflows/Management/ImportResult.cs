namespace CallCenter.Workflows.Management;

public sealed record ImportResult(string File, string? DefinitionId, int? Version, bool Changed, string? Error);
