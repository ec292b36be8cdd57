namespace CallCenter.Workflows;

/// <summary>Configuration section "Workflows".</summary>
public sealed class WorkflowHostOptions
{
    /// <summary>Folder of shipped definitions; empty means the nearest "workflows" folder above the content root.</summary>
    public string? DefinitionsPath { get; set; }
    public bool ImportAtStartup { get; set; } = true;
    public bool HangfireEnabled { get; set; } = true;
    public int HangfireWorkers { get; set; } = 2;
}
