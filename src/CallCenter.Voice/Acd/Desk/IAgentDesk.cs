namespace CallCenter.Voice.Acd.Desk;

/// <summary>
/// What the agent desktop (the Host's SignalR hub) may ask of the ACD for the signed-in agent. Every state change is
/// also an AgentState queue event and an <see cref="IAgentDeskNotifier.AgentChangedAsync"/> push. Refusals carry a
/// code; nothing here throws for a wrong state.
/// </summary>
public interface IAgentDesk
{
    /// <summary>The agent's desk, or null when the user is not an agent (no extension).</summary>
    AgentDeskSnapshot? Get(Guid agentId);

    /// <summary>Logs into all the agent's queues (or the given subset); the agent starts NotReady with the first configured reason.</summary>
    Task<DeskActionResult> LoginAsync(Guid agentId, IReadOnlyList<Guid>? queues, CancellationToken ct = default);

    DeskActionResult Logout(Guid agentId);

    DeskActionResult SetReady(Guid agentId);

    DeskActionResult SetNotReady(Guid agentId, string reason);

    /// <summary>Ends wrap-up early (Ready again, or the recovery pause when <paramref name="difficult"/>). Refused while no disposition was recorded for the call.</summary>
    DeskActionResult EndWrapUp(Guid agentId, bool difficult);

    DeskActionResult ExtendWrapUp(Guid agentId, TimeSpan by);

    /// <summary>Called when the wrap-up contact form is saved for the agent's last call (first-contact resolution, disposition).</summary>
    DeskActionResult DispositionRecorded(Guid agentId, Guid callRecordId, Guid contactId, bool resolvedFirstContact);

    Task<DeskActionResult> HoldAsync(Guid agentId, bool hold, CancellationToken ct = default);

    /// <summary>
    /// Blind: the caller goes to the queue (re-enters it), the agent (rung alone; refused unless Ready) or the number at
    /// once and this agent wraps up. Consult: the caller hears music while this agent talks to the agent or number
    /// first, then <see cref="CompleteTransferAsync"/> or <see cref="CancelTransferAsync"/>. Data and notes go along.
    /// </summary>
    Task<DeskActionResult> TransferAsync(Guid agentId, DeskTransfer transfer, CancellationToken ct = default);

    /// <summary>Consult transfer: the caller joins the consulted agent or number; this agent leaves and wraps up.</summary>
    Task<DeskActionResult> CompleteTransferAsync(Guid agentId, CancellationToken ct = default);

    /// <summary>Consult transfer abandoned: the consulted party is let go and the agent is back with the caller.</summary>
    Task<DeskActionResult> CancelTransferAsync(Guid agentId, CancellationToken ct = default);

    Task<DeskActionResult> HangupAsync(Guid agentId, CancellationToken ct = default);

    /// <summary>The queues, agents and policies the ACD routes with now (loaded on start and after every save; no I/O).</summary>
    CallCenter.Acd.AcdDirectoryDto Configuration { get; }

    /// <summary>The reasons offered for NotReady (configurable; 小休, 用餐, 培训, 会议 by default).</summary>
    IReadOnlyList<string> NotReadyReasons { get; }
}
