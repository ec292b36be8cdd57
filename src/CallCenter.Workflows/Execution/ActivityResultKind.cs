namespace CallCenter.Workflows.Execution;

public enum ActivityResultKind
{
    Completed,
    Suspended,

    /// <summary>Neither done nor waiting on a bookmark (a Join waiting for more branches).</summary>
    Waiting,
    EndWorkflow,
}
