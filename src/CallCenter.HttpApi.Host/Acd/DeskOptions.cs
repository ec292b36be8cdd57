namespace CallCenter.Acd;

/// <summary>
/// What the desktop offers to choose from: the NotReady reasons, the queues (those the agent may log in to marked
/// <see cref="DeskQueueOption.Member"/>; all of them are transfer targets) and the other agents to transfer to.
/// </summary>
public sealed record DeskOptions(IReadOnlyList<string> NotReadyReasons, IReadOnlyList<DeskQueueOption> Queues, IReadOnlyList<DeskAgentOption> Agents);

/// <summary>A queue by name; <paramref name="Member"/> when the agent's skills reach the queue's minimum level.</summary>
public sealed record DeskQueueOption(Guid Id, string Name, bool Member);

/// <summary>Another agent as a transfer target, with the state they are in now (null when not known to this node).</summary>
public sealed record DeskAgentOption(Guid Id, string DisplayName, string Extension, AgentState? State);
