namespace CallCenter.Workflows.Execution;

public enum JournalEventKind
{
    WorkflowStarted,
    Completed,
    Suspended,
    Resumed,
    Faulted,
    Retried,
    Log,
    WorkflowFinished,
    WorkflowFaulted,
    WorkflowCancelled,
}
