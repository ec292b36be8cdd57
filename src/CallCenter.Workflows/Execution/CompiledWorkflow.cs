using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>A published definition with its graph built once; shared read-only by every run of that version.</summary>
public sealed class CompiledWorkflow(WorkflowDefinition definition)
{
    public WorkflowDefinition Definition { get; } = definition;
    public FlowGraph Graph { get; } = new(definition.Root);

    /// <summary>Where a run without a trigger begins: the Start activity, else every node nothing points to.</summary>
    public IReadOnlyList<string> EntryActivities { get; } = FindEntries(definition);

    private static IReadOnlyList<string> FindEntries(WorkflowDefinition definition)
    {
        var start = definition.Root.Activities.FirstOrDefault(a => a.Type == "Start");
        if (start is not null) return [start.Id];
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        return definition.Root.Activities.Where(a => !targets.Contains(a.Id)).Select(a => a.Id).ToArray();
    }
}
