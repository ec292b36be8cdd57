using System.Collections.Concurrent;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>A published definition with its graph built once; shared read-only by every run of that version.</summary>
public sealed class CompiledWorkflow(WorkflowDefinition definition)
{
    public WorkflowDefinition Definition { get; } = definition;
    public FlowGraph Graph { get; } = new(definition.Root);

    /// <summary>Where a run without a trigger begins: the Start activity, else every node nothing points to.</summary>
    public IReadOnlyList<string> EntryActivities { get; } = FindEntries(definition);

    private readonly ConcurrentDictionary<string, bool> _sideEffectFreeFrom = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a resume at <paramref name="activityId"/> can only run side-effect-free activities: every activity reachable
    /// from it (itself included, over every port) is registered and marked <see cref="ActivityAttribute.SideEffectFree"/>.
    /// Conservative — a branch never taken still counts — and computed once per activity of this version.
    /// </summary>
    public bool ResumesWithoutSideEffects(string activityId, ActivityRegistry registry) =>
        _sideEffectFreeFrom.GetOrAdd(activityId, static (id, args) => args.Graph.Reachable(id).All(node =>
            args.Graph.Find(node) is { } n && args.Registry.Find(n.Type) is { SideEffectFree: true }), (Graph, Registry: registry));

    private static IReadOnlyList<string> FindEntries(WorkflowDefinition definition)
    {
        var start = definition.Root.Activities.FirstOrDefault(a => a.Type == "Start");
        if (start is not null) return [start.Id];
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        return definition.Root.Activities.Where(a => !targets.Contains(a.Id)).Select(a => a.Id).ToArray();
    }
}
