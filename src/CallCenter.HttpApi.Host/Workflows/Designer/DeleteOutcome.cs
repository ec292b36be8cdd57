namespace CallCenter.Workflows.Designer;

public enum DeleteOutcome
{
    Deleted,
    NotFound,
    InstancesRunning,
}
