using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>
/// What the node's owner (<see cref="AcdService"/>) needs beyond routing: the state changes to publish, hold, wrap-up
/// control, live reconfiguration and the figures a waiting caller hears.
/// </summary>
public sealed partial class AcdRouter
{
    /// <summary>The agent state changes since the last call, in order; the owner publishes them outside the lock.</summary>
    public IReadOnlyList<AgentStateChange> TakeChanges()
    {
        lock (_sync)
        {
            if (_changes.Count == 0) return [];
            var taken = _changes.ToArray();
            _changes.Clear();
            return taken;
        }
    }

    /// <summary>Replaces the options (missed rings before NotReady); the directory sets them on every reload.</summary>
    public void Configure(AcdRouterOptions options)
    {
        lock (_sync) _options = options;
    }

    public bool HasQueue(string queueId)
    {
        lock (_sync) return _queues.ContainsKey(queueId);
    }

    public bool HasAgent(string agentId)
    {
        lock (_sync) return _agents.ContainsKey(agentId);
    }

    /// <summary>New settings for an existing queue; membership follows a changed skill or minimum level.</summary>
    public void UpdateQueue(AcdQueueSettings settings)
    {
        lock (_sync)
        {
            var queue = Queue(settings.Id);
            var membershipChanged = queue.Settings.Skill != settings.Skill || queue.Settings.MinLevel != settings.MinLevel;
            queue.Settings = settings;
            if (!membershipChanged) return;
            foreach (var agent in _agents.Values) Rejoin(agent, queue);
        }
    }

    /// <summary>New skills for an existing agent; their queue memberships follow.</summary>
    public void UpdateAgent(string agentId, IReadOnlyDictionary<string, int> skills)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            agent.Skills = skills;
            foreach (var queue in _queues.Values) Rejoin(agent, queue);
        }
    }

    private static void Rejoin(AcdAgent agent, AcdQueue queue)
    {
        var member = agent.Level(queue.Settings.Skill) >= queue.Settings.MinLevel;
        var was = agent.Queues.Contains(queue);
        if (member == was) return;
        if (member)
        {
            queue.Members.Add(agent);
            agent.Queues.Add(queue);
            if (agent.State == AgentState.Ready && agent.IsActive(queue)) queue.Ready.Add(agent);
            return;
        }
        queue.Members.Remove(agent);
        agent.Queues.Remove(queue);
        queue.Ready.Remove(agent);
        queue.LastOffered = -1;
    }

    /// <summary>True when at least one member is logged in to the queue (join-when-empty: a queue nobody staffs answers NoAgents).</summary>
    public bool HasLoggedInMember(string queueId)
    {
        lock (_sync)
        {
            var queue = Queue(queueId);
            foreach (var agent in queue.Members)
                if (agent.State != AgentState.LoggedOut && agent.IsActive(queue)) return true;
            return false;
        }
    }

    /// <summary>The caller's place in line (1 = next), or 0 when they are not waiting (ringing, gone).</summary>
    public int Position(string callId)
    {
        lock (_sync)
        {
            if (!_calls.TryGetValue(callId, out var call) || !call.IsWaiting) return 0;
            var position = 1;
            foreach (var other in call.Queue.Waiting)
            {
                if (other == call) return position;
                position++;
            }
            return 0;
        }
    }

    /// <summary>Hold during a call (the caller hears music); the agent is neither offered calls nor in wrap-up meanwhile.</summary>
    public bool SetHold(string agentId, bool hold)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            var from = hold ? AgentState.OnCall : AgentState.Hold;
            if (agent.State != from) return false;
            SetState(agent, hold ? AgentState.Hold : AgentState.OnCall, null);
            return true;
        }
    }

    /// <summary>Longer wrap-up; false outside WrapUp.</summary>
    public bool ExtendWrapUp(string agentId, TimeSpan by)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State != AgentState.WrapUp || by <= TimeSpan.Zero) return false;
            agent.WrapUpUntil += by;
            _changes.Add(new AgentStateChange(agent.Id, agent.State, null, time.GetUtcNow()));
            return true;
        }
    }

    /// <summary>
    /// Wrap-up ends now, or turns into a recovery pause of <paramref name="recovery"/> (a difficult call): the agent stays
    /// in WrapUp until it passes and <see cref="Tick"/> makes them Ready.
    /// </summary>
    public IReadOnlyList<AcdOffer> EndWrapUp(string agentId, TimeSpan recovery)
    {
        if (recovery <= TimeSpan.Zero) return EndWrapUp(agentId);
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State != AgentState.WrapUp) return [];
            agent.WrapUpUntil = time.GetUtcNow() + recovery;
            _changes.Add(new AgentStateChange(agent.Id, agent.State, null, time.GetUtcNow()));
            return [];
        }
    }

    /// <summary>The agent a call is connected to or ringing at (ring-all: the first), for desk actions and transfers.</summary>
    public IReadOnlyList<string> RingingAgents(string callId)
    {
        lock (_sync) return _calls.TryGetValue(callId, out var call) ? [.. call.Ringing.Select(a => a.Id)] : [];
    }
}
