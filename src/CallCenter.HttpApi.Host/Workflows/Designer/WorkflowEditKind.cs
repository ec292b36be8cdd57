namespace CallCenter.Workflows.Designer;

public enum WorkflowEditKind
{
    Saved,
    Imported,
    Published,
    Unpublished,
    Duplicated,
    Deleted,
}
