using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>
/// The in-memory ACD router of one company (ADR 0600 D1, D6): agents, queues, waiting callers. Every method takes one
/// short lock, does no I/O and returns its decisions (<see cref="AcdOffer"/>: ring these agents, already Reserved);
/// the caller rings the phones and reports back (answered, missed, ended). A decision touches only the queues of the
/// call or agent concerned and scans only their Ready members. Reservation happens inside the lock, so an agent is
/// never offered two calls. Wired into calls by <see cref="AcdService"/>.
/// </summary>
public sealed partial class AcdRouter(TimeProvider time, AcdRouterOptions? options = null)
{
    private AcdRouterOptions _options = options ?? new AcdRouterOptions();
    private readonly List<AgentStateChange> _changes = [];
    private readonly Dictionary<string, AcdAgent> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AcdQueue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WaitingCall> _calls = new(StringComparer.Ordinal);
    private readonly List<AcdAgent> _inWrapUp = [];
    private readonly Lock _sync = new();
    private long _sequence;

    public void AddQueue(AcdQueueSettings settings)
    {
        lock (_sync)
        {
            var queue = new AcdQueue(settings);
            if (!_queues.TryAdd(settings.Id, queue)) throw new InvalidOperationException($"queue {settings.Id} exists");
            foreach (var agent in _agents.Values) Join(agent, queue);
        }
    }

    /// <summary>Adds an agent, LoggedOut. Skills: name → level 1–10; membership follows each queue's skill and minimum level.</summary>
    public void AddAgent(string agentId, string extension, IReadOnlyDictionary<string, int> skills)
    {
        lock (_sync)
        {
            var agent = new AcdAgent(agentId, extension, skills, time.GetUtcNow());
            if (!_agents.TryAdd(agentId, agent)) throw new InvalidOperationException($"agent {agentId} exists");
            foreach (var queue in _queues.Values) Join(agent, queue);
        }
    }

    private static void Join(AcdAgent agent, AcdQueue queue)
    {
        if (agent.Level(queue.Settings.Skill) < queue.Settings.MinLevel) return;
        queue.Members.Add(agent);
        agent.Queues.Add(queue);
        if (agent.State == AgentState.Ready && agent.IsActive(queue)) queue.Ready.Add(agent);
    }

    public AcdAgentView GetAgent(string agentId)
    {
        lock (_sync) return Agent(agentId).View();
    }

    public int WaitingCount(string queueId)
    {
        lock (_sync) return Queue(queueId).Waiting.Count;
    }

    /// <summary>The agent is free for calls; a caller already waiting in one of their queues is offered at once.</summary>
    public IReadOnlyList<AcdOffer> SetReady(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is AgentState.Reserved or AgentState.OnCall or AgentState.Hold) return [];
            agent.ConsecutiveMisses = 0;
            return MakeReady(agent);
        }
    }

    /// <summary>Not taking calls, with a reason (小休, 用餐, …). A ringing agent stays Reserved until the ring ends.</summary>
    public bool SetNotReady(string agentId, string reason)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is AgentState.Reserved or AgentState.OnCall or AgentState.Hold) return false;
            SetState(agent, AgentState.NotReady, reason);
            return true;
        }
    }

    public bool Logout(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is AgentState.Reserved or AgentState.OnCall or AgentState.Hold) return false;
            SetState(agent, AgentState.LoggedOut, null);
            return true;
        }
    }

    /// <summary>
    /// A caller joins a queue; when an eligible agent is Ready the offer comes back at once. <paramref name="enteredAt"/>:
    /// the place in line of a caller who waited before (a queued callback tried again keeps its original enter time).
    /// </summary>
    public IReadOnlyList<AcdOffer> Enqueue(string callId, string queueId, int priority = 0, DateTimeOffset? enteredAt = null)
    {
        lock (_sync)
        {
            var queue = Queue(queueId);
            var call = new WaitingCall(callId, queue, priority, enteredAt ?? time.GetUtcNow(), ++_sequence);
            if (!_calls.TryAdd(callId, call)) throw new InvalidOperationException($"call {callId} is already queued");
            call.IsWaiting = true;
            queue.Waiting.Add(call);
            var offers = new List<AcdOffer>();
            Route(queue, time.GetUtcNow(), offers);
            return offers;
        }
    }

    /// <summary>The agent answered: the call is theirs, the other phones ringing for it (ring-all) are to be cancelled.</summary>
    public AnswerOutcome Answered(string callId, string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (!_calls.TryGetValue(callId, out var call) || !call.Ringing.Contains(agent)) return new AnswerOutcome(false, [], []);
            var now = time.GetUtcNow();
            var cancel = new List<string>();
            foreach (var other in call.Ringing)
            {
                if (other == agent) continue;
                cancel.Add(other.Id);
                other.Call = null;
                SetState(other, AgentState.Ready, null); // not a miss: someone else was quicker
            }
            call.Ringing.Clear();
            _calls.Remove(callId);
            agent.ConsecutiveMisses = 0;
            agent.AnsweredAt = now;
            SetState(agent, AgentState.OnCall, null);
            // The cancelled agents are free again: a caller behind this one may be waiting for exactly them.
            var offers = new List<AcdOffer>();
            foreach (var id in cancel) RouteFor(_agents[id], now, offers);
            return new AnswerOutcome(true, cancel, offers);
        }
    }

    /// <summary>
    /// The agent's phone did not take the call (ring timeout, busy, 4xx/5xx). The agent is free again (NotReady after
    /// <see cref="AcdRouterOptions.MissesBeforeNotReady"/> misses in a row); when nobody else rings, the caller goes
    /// back to their place in the queue and the next agent is offered.
    /// </summary>
    public IReadOnlyList<AcdOffer> RingFailed(string callId, string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (!_calls.TryGetValue(callId, out var call) || !call.Ringing.Remove(agent)) return [];
            var now = time.GetUtcNow();
            agent.Call = null;
            call.Missed.Add(agent);
            agent.ConsecutiveMisses++;
            var offers = new List<AcdOffer>();
            if (agent.ConsecutiveMisses >= _options.MissesBeforeNotReady) SetState(agent, AgentState.NotReady, _options.MissedCallsReason);
            else
            {
                agent.IdleSince = now; // behind the others for longest-idle
                SetState(agent, AgentState.Ready, null);
            }
            if (call.Ringing.Count == 0)
            {
                call.IsWaiting = true;
                call.Queue.Waiting.Add(call);
                Route(call.Queue, now, offers);
            }
            if (agent.State == AgentState.Ready) RouteFor(agent, now, offers);
            return offers;
        }
    }

    /// <summary>The conversation ended: talk time counts, and the agent wraps up for the queue's wrap-up time.</summary>
    public void CallEnded(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is not (AgentState.OnCall or AgentState.Hold)) return;
            var now = time.GetUtcNow();
            agent.Call = null;
            agent.CallsTaken++;
            agent.TalkTime += now - agent.AnsweredAt;
            agent.WrapUpUntil = now + (agent.WrapUpQueue?.Settings.WrapUp ?? TimeSpan.Zero);
            SetState(agent, AgentState.WrapUp, null);
            _inWrapUp.Add(agent);
        }
    }

    /// <summary>The agent ends wrap-up early (disposition entered).</summary>
    public IReadOnlyList<AcdOffer> EndWrapUp(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State != AgentState.WrapUp) return [];
            _inWrapUp.Remove(agent);
            return MakeReady(agent);
        }
    }

    /// <summary>The caller hung up (or overflowed away) while waiting or ringing.</summary>
    public AbandonOutcome Abandon(string callId)
    {
        lock (_sync)
        {
            if (!_calls.Remove(callId, out var call)) return new AbandonOutcome(false, TimeSpan.Zero, [], []);
            var now = time.GetUtcNow();
            if (call.IsWaiting) call.Queue.Waiting.Remove(call);
            var cancel = call.Ringing.Select(a => a.Id).ToList();
            var offers = new List<AcdOffer>();
            foreach (var agent in call.Ringing)
            {
                agent.Call = null;
                SetState(agent, AgentState.Ready, null);
                RouteFor(agent, now, offers);
            }
            call.Ringing.Clear();
            return new AbandonOutcome(true, now - call.EnteredAt, cancel, offers);
        }
    }

    /// <summary>
    /// Time passes: wrap-ups that ended make their agents Ready, and tiers that widened may let waiting callers reach
    /// agents of lower levels. Call it every second or so.
    /// </summary>
    public IReadOnlyList<AcdOffer> Tick()
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            var offers = new List<AcdOffer>();
            for (var i = _inWrapUp.Count - 1; i >= 0; i--)
            {
                var agent = _inWrapUp[i];
                if (agent.WrapUpUntil > now) continue;
                _inWrapUp.RemoveAt(i);
                offers.AddRange(MakeReady(agent));
            }
            foreach (var queue in _queues.Values)
            {
                if (queue.Settings.Tiers.Count > 0 && queue.Waiting.Count > 0 && queue.Ready.Count > 0) Route(queue, now, offers);
            }
            return offers;
        }
    }

    private List<AcdOffer> MakeReady(AcdAgent agent)
    {
        var now = time.GetUtcNow();
        agent.IdleSince = now;
        SetState(agent, AgentState.Ready, null);
        var offers = new List<AcdOffer>();
        RouteFor(agent, now, offers);
        return offers;
    }

    private void SetState(AcdAgent agent, AgentState state, string? reason)
    {
        var wasReady = agent.State == AgentState.Ready;
        if (agent.State == AgentState.WrapUp && state != AgentState.WrapUp) _inWrapUp.Remove(agent);
        agent.State = state;
        agent.NotReadyReason = state == AgentState.NotReady ? reason : null;
        agent.StateSince = time.GetUtcNow();
        _changes.Add(new AgentStateChange(agent.Id, state, agent.NotReadyReason, agent.StateSince));
        var isReady = state == AgentState.Ready;
        if (wasReady == isReady) return;
        foreach (var queue in agent.Queues)
        {
            if (!isReady) queue.Ready.Remove(agent);
            else if (agent.IsActive(queue)) queue.Ready.Add(agent); // a queue the agent did not log in to offers nothing
        }
    }

    private AcdAgent Agent(string id) => _agents.TryGetValue(id, out var agent) ? agent : throw new KeyNotFoundException($"unknown agent {id}");

    private AcdQueue Queue(string id) => _queues.TryGetValue(id, out var queue) ? queue : throw new KeyNotFoundException($"unknown queue {id}");
}
