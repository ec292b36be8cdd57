using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>Logging in to all of an agent's queues or to a subset of them (the desk's queue choice).</summary>
public sealed partial class AcdRouter
{
    /// <summary>
    /// Logs the agent in to <paramref name="queues"/> (ids; null = every member queue, including ones they join later).
    /// A LoggedOut agent starts NotReady with <paramref name="notReadyReason"/> (ADR 0600 D3: nobody is offered a call they
    /// did not ask for); a logged-in agent (a reconnecting desktop, or a new choice) keeps their state and only their
    /// active queues change — a Ready agent joining a queue with callers waiting is offered one at once. All or nothing:
    /// one queue the agent is not a member of refuses the whole login.
    /// </summary>
    public AcdLoginOutcome Login(string agentId, IReadOnlyCollection<string>? queues, string notReadyReason)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            HashSet<string>? chosen = null;
            if (queues is not null)
            {
                chosen = new HashSet<string>(queues, StringComparer.Ordinal);
                var notMember = chosen.Where(id => !agent.Queues.Exists(q => q.Id == id)).ToList();
                if (notMember.Count > 0 || chosen.Count == 0) return new AcdLoginOutcome(false, notMember, []);
            }
            agent.Chosen = chosen;
            if (agent.State == AgentState.LoggedOut)
            {
                SetState(agent, AgentState.NotReady, notReadyReason);
                return new AcdLoginOutcome(true, [], []);
            }
            if (agent.State != AgentState.Ready) return new AcdLoginOutcome(true, [], []);
            foreach (var queue in agent.Queues)
            {
                if (agent.IsActive(queue)) queue.Ready.Add(agent);
                else queue.Ready.Remove(agent);
            }
            var offers = new List<AcdOffer>();
            RouteFor(agent, time.GetUtcNow(), offers);
            return new AcdLoginOutcome(true, [], offers);
        }
    }
}
