using CallCenter.Acd;
using CallCenter.Errors;
using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Voice.Acd;

/// <summary>The agent desk's state commands (the SignalR hub calls these for the signed-in agent).</summary>
public sealed partial class AcdService : IAgentDesk
{
    public IReadOnlyList<string> NotReadyReasons => Directory.Dto.NotReadyReasons;

    public AcdDirectoryDto Configuration => Directory.Dto;

    public AgentDeskSnapshot? Get(Guid agentId) => Snapshot(agentId);

    public async Task<DeskActionResult> LoginAsync(Guid agentId, IReadOnlyList<Guid>? queues, CancellationToken ct = default)
    {
        if (!Routes) return DeskActionResult.Refused(AcdDeskErrorCodes.NotTheOwner); // ADR 0600 D4: agents log in at the owner
        // An agent created a moment ago may not have reached this node's directory yet: look once more before refusing.
        if (!Directory.Agents.ContainsKey(agentId)) await ReloadAsync(ct);
        if (!Directory.Agents.ContainsKey(agentId) || !Router.HasAgent(agentId.ToString())) return DeskActionResult.Refused(AcdDeskErrorCodes.NotAnAgent);
        // Logging in again (a reconnecting desktop) keeps the state — nobody is made Ready or NotReady by a reconnect — and
        // sets the chosen queues again (the desktop re-sends its choice), so the choice outlives a dropped connection.
        var login = Router.Login(agentId.ToString(), queues?.Select(q => q.ToString()).ToList(), NotReadyReasons.FirstOrDefault() ?? "小休");
        if (!login.Succeeded) return DeskActionResult.Refused(AcdDeskErrorCodes.NotAQueueMember);
        AfterRouting(login.Offers);
        return Ok(agentId);
    }

    public DeskActionResult Logout(Guid agentId) => Act(agentId, id =>
    {
        if (Router.GetAgent(id).State == AgentState.WrapUp && !DispositionDone(agentId)) return AcdDeskErrorCodes.DispositionRequired;
        return Router.Logout(id) ? null : AcdDeskErrorCodes.WrongState;
    });

    public DeskActionResult SetReady(Guid agentId) => Act(agentId, id =>
    {
        var state = Router.GetAgent(id).State;
        if (state == AgentState.Ready) return null;
        if (state is AgentState.Reserved or AgentState.OnCall or AgentState.Hold) return AcdDeskErrorCodes.WrongState;
        if (state == AgentState.WrapUp && !DispositionDone(agentId)) return AcdDeskErrorCodes.DispositionRequired;
        AfterRouting(Router.SetReady(id));
        return null;
    });

    public DeskActionResult SetNotReady(Guid agentId, string reason) => Act(agentId, id =>
    {
        if (!NotReadyReasons.Contains(reason, StringComparer.Ordinal)) return AcdDeskErrorCodes.UnknownReason;
        if (Router.GetAgent(id).State == AgentState.WrapUp && !DispositionDone(agentId)) return AcdDeskErrorCodes.DispositionRequired;
        return Router.SetNotReady(id, reason) ? null : AcdDeskErrorCodes.WrongState;
    });

    public DeskActionResult EndWrapUp(Guid agentId, bool difficult) => Act(agentId, id =>
    {
        if (Router.GetAgent(id).State != AgentState.WrapUp) return AcdDeskErrorCodes.WrongState;
        if (!DispositionDone(agentId)) return AcdDeskErrorCodes.DispositionRequired;
        var recovery = difficult ? TimeSpan.FromSeconds(Math.Max(0, Directory.Dto.RecoveryPauseSeconds)) : TimeSpan.Zero;
        AfterRouting(Router.EndWrapUp(id, recovery));
        return null;
    });

    public DeskActionResult ExtendWrapUp(Guid agentId, TimeSpan by) => Act(agentId, id =>
        Router.ExtendWrapUp(id, by) ? null : AcdDeskErrorCodes.WrongState);

    public DeskActionResult DispositionRecorded(Guid agentId, Guid callRecordId, Guid contactId, bool resolvedFirstContact) => Act(agentId, _ =>
    {
        var desk = Desk(agentId);
        lock (desk.Sync)
        {
            // Saved during the call or in wrap-up; any other call id is not this agent's last call.
            if (desk.WrapUpCallId != callRecordId && desk.Call?.CallRecordId != callRecordId) return AcdDeskErrorCodes.NoCall;
            desk.DispositionFor = callRecordId;
            desk.ResolvedFirstContact = resolvedFirstContact;
            if (desk.WrapUpCallId == callRecordId) desk.DispositionRecorded = true;
        }
        return null;
    });

    private bool DispositionDone(Guid agentId)
    {
        var desk = Desk(agentId);
        lock (desk.Sync) return desk.WrapUpCallId is null || desk.DispositionFor == desk.WrapUpCallId;
    }

    /// <summary>Runs a state command: unknown agent and logged-out checks first, then the command (null = done, else a code).</summary>
    private DeskActionResult Act(Guid agentId, Func<string, string?> command)
    {
        var id = agentId.ToString();
        if (!Router.HasAgent(id) || !Directory.Agents.ContainsKey(agentId)) return DeskActionResult.Refused(AcdDeskErrorCodes.NotAnAgent);
        if (Router.GetAgent(id).State == AgentState.LoggedOut) return DeskActionResult.Refused(AcdDeskErrorCodes.NotLoggedIn);
        var refused = command(id);
        Publish();
        return refused is null ? Ok(agentId) : DeskActionResult.Refused(refused);
    }

    private DeskActionResult Ok(Guid agentId) => Snapshot(agentId) is { } s ? DeskActionResult.Ok(s) : DeskActionResult.Refused(AcdDeskErrorCodes.NotAnAgent);

    /// <summary>The desk as the desktop shows it; null for a user who is not an agent.</summary>
    public AgentDeskSnapshot? Snapshot(Guid agentId)
    {
        if (!Directory.Agents.TryGetValue(agentId, out var agent) || !Router.HasAgent(agentId.ToString())) return null;
        var view = Router.GetAgent(agentId.ToString());
        var desk = Desk(agentId);
        var registered = Endpoint?.Registrar?.GetReachableContacts(agent.Extension).Count > 0;
        lock (desk.Sync)
        {
            desk.RollDay(Today(time.GetUtcNow()));
            return new AgentDeskSnapshot(agentId, agent.DisplayName, agent.Extension, view.State, view.NotReadyReason, view.StateSince,
                view.WrapUpUntil, [.. view.ActiveQueues.Select(Guid.Parse)], registered, desk.Call, desk.CallsToday, desk.TalkToday, desk.WrapUpToday);
        }
    }
}
