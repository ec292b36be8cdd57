namespace CallCenter.Workflows.Designer;

/// <summary>Error codes of the designer's endpoints; 1xx so they never collide with the engine's own numbers.</summary>
public static class WorkflowDesignerErrorCodes
{
    public const string DefinitionExists = WorkflowErrorCodes.Prefix + "101";
    public const string InstancesRunning = WorkflowErrorCodes.Prefix + "102";
    public const string NotPublished = WorkflowErrorCodes.Prefix + "103";
    public const string InvalidRequest = WorkflowErrorCodes.Prefix + "104";
}
