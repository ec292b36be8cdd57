using System.ComponentModel.DataAnnotations;

namespace CallCenter.WorkOrders;

/// <summary>Configuration section "WorkOrders" (validated at start; messages name the setting).</summary>
public sealed class WorkOrderOptions
{
    public const string Section = "WorkOrders";

    /// <summary>Folder of the photo and signature store; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "WorkOrders:FileStorePath must not be empty.")]
    public string FileStorePath { get; set; } = "App_Data/work-order-files";
    [Range(1024L, 1024L * 1024 * 1024, ErrorMessage = "WorkOrders:MaxPhotoBytes must be between 1024 and 1073741824.")]
    public long MaxPhotoBytes { get; set; } = WorkOrderConsts.DefaultMaxPhotoBytes;
    /// <summary>A new order for the same building (or station) and category within this window is offered as a child.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "WorkOrders:MassIncidentWindow must be between 00:00:00 and 30.00:00:00.")]
    public TimeSpan MassIncidentWindow { get; set; } = TimeSpan.FromHours(6);
    /// <summary>Workflow started for each new repair / complaint (empty: none).</summary>
    public string? RepairWorkflow { get; set; } = "repair-dispatch";
    public string? ComplaintWorkflow { get; set; } = "complaint-escalation";
}
