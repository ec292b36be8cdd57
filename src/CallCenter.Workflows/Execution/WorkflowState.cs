using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// Everything an instance needs to continue, and nothing else: no activity objects, no history (that is the
/// journal's job). Stored as one JSON column; nulls and empty collections are omitted to keep it small.
/// </summary>
public sealed class WorkflowState
{
    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; }
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public JsonObject? Input { get; set; }
    public JsonObject? Output { get; set; }
    public Dictionary<string, JsonObject>? ActivityOutputs { get; set; }
    public List<ScheduledStep> Queue { get; set; } = [];
    public Dictionary<string, List<string>>? Joins { get; set; }
    public List<BookmarkState> Bookmarks { get; set; } = [];
    public List<Incident>? Incidents { get; set; }
    public string? ParentInstanceId { get; set; }
    public string? ParentBookmarkId { get; set; }
    public long JournalSequence { get; set; }
}
