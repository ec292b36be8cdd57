using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>The flowchart indexed for the interpreter: nodes by id, targets by (source, port), inbound sources.</summary>
public sealed class FlowGraph
{
    private static readonly IReadOnlyList<Connection> NoConnections = [];
    private readonly Dictionary<string, ActivityNode> _nodes;
    private readonly Dictionary<(string, string), List<Connection>> _outgoing = new();
    private readonly Dictionary<string, List<string>> _inboundSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _successors = new(StringComparer.Ordinal);

    public FlowGraph(FlowchartModel root)
    {
        _nodes = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var node in root.Activities) _nodes.TryAdd(node.Id, node);
        foreach (var c in root.Connections)
        {
            if (!_outgoing.TryGetValue((c.Source.Activity, c.Source.Port), out var list))
                _outgoing[(c.Source.Activity, c.Source.Port)] = list = [];
            list.Add(c);
            if (!_inboundSources.TryGetValue(c.Target.Activity, out var sources)) _inboundSources[c.Target.Activity] = sources = [];
            if (!sources.Contains(c.Source.Activity)) sources.Add(c.Source.Activity);
            if (!_successors.TryGetValue(c.Source.Activity, out var next)) _successors[c.Source.Activity] = next = [];
            if (!next.Contains(c.Target.Activity)) next.Add(c.Target.Activity);
        }
    }

    public IEnumerable<ActivityNode> Nodes => _nodes.Values;

    public ActivityNode? Find(string id) => _nodes.GetValueOrDefault(id);

    public ActivityNode Get(string id) => _nodes.TryGetValue(id, out var node)
        ? node
        : throw new InvalidOperationException($"Activity '{id}' is not in the flowchart.");

    public IReadOnlyList<Connection> Outgoing(string activityId, string port) =>
        _outgoing.TryGetValue((activityId, port), out var list) ? list : NoConnections;

    public IReadOnlyList<string> InboundSources(string activityId) =>
        _inboundSources.TryGetValue(activityId, out var list) ? list : [];

    public bool HasInbound(string activityId) => _inboundSources.ContainsKey(activityId);

    public IReadOnlyList<string> Successors(string activityId) =>
        _successors.TryGetValue(activityId, out var list) ? list : [];

    /// <summary><paramref name="from"/> and every activity it leads to, each once.</summary>
    public IEnumerable<string> Reachable(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var stack = new Stack<string>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var next in Successors(current))
                if (seen.Add(next)) stack.Push(next);
        }
    }

    /// <summary>Whether <paramref name="from"/> leads to <paramref name="to"/>; WaitAny uses it to cancel the losing branches.</summary>
    public bool CanReach(string from, string to) => Reachable(from).Any(node => Successors(node).Contains(to));
}
