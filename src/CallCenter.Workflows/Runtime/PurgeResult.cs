namespace CallCenter.Workflows.Runtime;

/// <summary>What one retention pass deleted.</summary>
public sealed record PurgeResult(int Instances, int JournalEntries, int Stimuli);
