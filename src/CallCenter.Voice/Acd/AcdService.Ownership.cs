using CallCenter.Acd;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>ADR 0600 D4: only the elected owner routes; a standby refuses queue calls and agents until it takes over.</summary>
public sealed partial class AcdService
{
    private int _role = (int)AcdRole.Local;

    public AcdRole Role => (AcdRole)Volatile.Read(ref _role);

    /// <summary>Whether queue calls and agent logins are served here: not on a standby.</summary>
    public bool Routes => Role != AcdRole.Standby;

    /// <summary>
    /// This node just won the election: load the directory fresh, start routing, then run D3's sweep over what the previous
    /// owner left open (every chain opened before now; ours start after). Returns how many chains the sweep closed.
    /// </summary>
    public async Task<int> TakeOwnershipAsync(CancellationToken ct = default)
    {
        var since = time.GetUtcNow();
        await ReloadAsync(ct);
        Volatile.Write(ref _role, (int)AcdRole.Owner);
        var closed = await CloseOpenChainsAsync(since, ct);
        LogOwner(closed);
        return closed;
    }

    /// <summary>
    /// Not (or no longer) the owner: new queue calls answer NoAgents and agents cannot log in; agents still logged in here
    /// (the lock was lost while this process lived) are logged out as soon as they are free — callers already talking
    /// here finish here. Called at every standby poll, so an agent who frees up later is logged out then.
    /// </summary>
    public void StandBy()
    {
        if (Interlocked.Exchange(ref _role, (int)AcdRole.Standby) == (int)AcdRole.Owner) LogLostOwnership();
        var any = false;
        foreach (var agent in Directory.Agents.Keys)
        {
            var id = agent.ToString();
            if (Router.HasAgent(id) && Router.GetAgent(id).State != AgentState.LoggedOut) any |= Router.Logout(id);
        }
        if (any) Publish();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This node is the ACD owner now (ADR 0600 D4); the start-up sweep closed {Chains} queue-event chains")]
    private partial void LogOwner(int chains);

    [LoggerMessage(Level = LogLevel.Error, Message = "This node lost the ACD owner's lock (its database session ended); it stands by and logs its agents out")]
    private partial void LogLostOwnership();
}
