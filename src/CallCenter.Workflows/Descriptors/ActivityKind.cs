namespace CallCenter.Workflows.Descriptors;

public enum ActivityKind
{
    Action,

    /// <summary>Can start a workflow from outside (HTTP request, timer); indexed on publish.</summary>
    Trigger,
}
