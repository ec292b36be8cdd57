namespace CallCenter.WorkOrders;

/// <summary>Configuration section "WorkOrders".</summary>
public sealed class WorkOrderOptions
{
    public const string Section = "WorkOrders";

    /// <summary>Folder of the photo and signature store; relative paths are under the content root.</summary>
    public string FileStorePath { get; set; } = "App_Data/work-order-files";
    public long MaxPhotoBytes { get; set; } = WorkOrderConsts.DefaultMaxPhotoBytes;
    /// <summary>A new order for the same building (or station) and category within this window is offered as a child.</summary>
    public TimeSpan MassIncidentWindow { get; set; } = TimeSpan.FromHours(6);
    /// <summary>Workflow started for each new repair / complaint (empty: none).</summary>
    public string? RepairWorkflow { get; set; } = "repair-dispatch";
    public string? ComplaintWorkflow { get; set; } = "complaint-escalation";
}
