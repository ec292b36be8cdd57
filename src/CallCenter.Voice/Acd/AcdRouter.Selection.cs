using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>The decision itself: which waiting caller goes to which ready agent(s), per the queue's strategy.</summary>
public sealed partial class AcdRouter
{
    /// <summary>Offers the queue's waiting callers, in order, to its ready members until either runs out.</summary>
    private void Route(AcdQueue queue, DateTimeOffset now, List<AcdOffer> offers)
    {
        if (queue.Ready.Count == 0 || queue.Waiting.Count == 0) return;
        List<WaitingCall>? routed = null;
        var lowestFailedLevel = int.MaxValue;
        foreach (var call in queue.Waiting)
        {
            if (queue.Ready.Count == 0) break;
            var minLevel = queue.MinLevelAfter(now - call.EnteredAt);
            // Eligibility only shrinks as the minimum level rises: a caller needing at least the level that just found
            // nobody finds nobody either. Without tiers every caller needs the same level, so the scan stops here;
            // with tiers a lower-priority caller who waited longer may still reach a lower-level agent (no top-down stall).
            if (minLevel >= lowestFailedLevel) continue;
            var agents = Select(queue, call, minLevel);
            if (agents.Count == 0)
            {
                lowestFailedLevel = minLevel;
                continue;
            }
            (routed ??= []).Add(call);
            Reserve(queue, call, agents, offers);
        }
        if (routed is null) return;
        foreach (var call in routed) queue.Waiting.Remove(call);
    }

    /// <summary>A newly free agent: the best caller across the agent's queues first (highest priority, longest wait).</summary>
    private void RouteFor(AcdAgent agent, DateTimeOffset now, List<AcdOffer> offers)
    {
        if (agent.State != AgentState.Ready) return;
        List<AcdQueue>? withCallers = null;
        foreach (var queue in agent.Queues)
        {
            if (queue.Waiting.Count > 0 && agent.IsActive(queue)) (withCallers ??= []).Add(queue);
        }
        if (withCallers is null) return;
        if (withCallers.Count > 1) withCallers.Sort((a, b) => WaitingCallOrder.Instance.Compare(a.Waiting.Min, b.Waiting.Min));
        foreach (var queue in withCallers)
        {
            Route(queue, now, offers);
            if (agent.State != AgentState.Ready) return;
        }
    }

    private void Reserve(AcdQueue queue, WaitingCall call, List<AcdAgent> agents, List<AcdOffer> offers)
    {
        var ids = new string[agents.Count];
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            ids[i] = agent.Id;
            agent.Call = call;
            agent.WrapUpQueue = queue;
        }
        foreach (var agent in agents) SetState(agent, AgentState.Reserved, null);
        call.Ringing.AddRange(agents);
        call.IsWaiting = false;
        offers.Add(new AcdOffer(call.CallId, queue.Id, ids, queue.Settings.RingTimeout));
    }

    /// <summary>Agents for the call: one, or every eligible one for ring-all. Those who missed this call come last.</summary>
    private static List<AcdAgent> Select(AcdQueue queue, WaitingCall call, int minLevel)
    {
        var picked = SelectCore(queue, call, minLevel, skipMissed: true);
        return picked.Count > 0 || call.Missed.Count == 0 ? picked : SelectCore(queue, call, minLevel, skipMissed: false);
    }

    private static List<AcdAgent> SelectCore(AcdQueue queue, WaitingCall call, int minLevel, bool skipMissed)
    {
        var skill = queue.Settings.Skill;
        bool Eligible(AcdAgent a) => a.State == AgentState.Ready && a.IsActive(queue) && a.Level(skill) >= minLevel && !(skipMissed && call.Missed.Contains(a));

        switch (queue.Settings.Strategy)
        {
            case RoutingStrategy.RingAll:
                return [.. queue.Ready.Where(Eligible)];
            case RoutingStrategy.RoundRobinMemory:
                var members = queue.Members;
                for (var step = 1; step <= members.Count; step++)
                {
                    var index = (queue.LastOffered + step) % members.Count;
                    if (!Eligible(members[index])) continue;
                    queue.LastOffered = index;
                    return [members[index]];
                }
                return [];
            default:
                AcdAgent? best = null;
                foreach (var agent in queue.Ready)
                {
                    if (Eligible(agent) && (best is null || Better(queue.Settings.Strategy, skill, agent, best))) best = agent;
                }
                return best is null ? [] : [best];
        }
    }

    /// <summary>True when <paramref name="a"/> should get the call before <paramref name="b"/>; ties go to the longer idle, then the id.</summary>
    private static bool Better(RoutingStrategy strategy, string skill, AcdAgent a, AcdAgent b)
    {
        var primary = strategy switch
        {
            RoutingStrategy.FewestCalls => a.CallsTaken.CompareTo(b.CallsTaken),
            RoutingStrategy.LeastTalkTime => a.TalkTime.CompareTo(b.TalkTime),
            RoutingStrategy.SkillTopDown => b.Level(skill).CompareTo(a.Level(skill)),
            _ => 0,
        };
        if (primary != 0) return primary < 0;
        var idle = a.IdleSince.CompareTo(b.IdleSince);
        return idle != 0 ? idle < 0 : string.CompareOrdinal(a.Id, b.Id) < 0;
    }
}
