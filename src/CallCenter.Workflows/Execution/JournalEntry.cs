namespace CallCenter.Workflows.Execution;

/// <summary>One line of the execution journal; written in the same transaction as the state it describes.</summary>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset At,
    string? ActivityId,
    string? ActivityType,
    JournalEventKind Kind,
    string? Outcomes = null,
    string? Message = null);
