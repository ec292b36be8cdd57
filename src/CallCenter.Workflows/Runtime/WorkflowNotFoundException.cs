namespace CallCenter.Workflows.Runtime;

public sealed class WorkflowNotFoundException(string message) : Exception(message);
