namespace CallCenter.Workflows.Execution;

/// <summary>What a run (or a run segment between checkpoints) produced besides the state itself.</summary>
public sealed class RunResult
{
    public List<JournalEntry> Journal { get; } = [];
    public List<ChildStart> ChildStarts { get; } = [];

    /// <summary>Stimuli consumed by this segment; the commit marks them processed.</summary>
    public List<long> ConsumedStimuli { get; } = [];

    public void Clear()
    {
        Journal.Clear();
        ChildStarts.Clear();
        ConsumedStimuli.Clear();
    }
}
