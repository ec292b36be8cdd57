using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>
/// Transfers from the desk: a caller offered to one named agent (blind transfer to an agent), and a consultation call
/// from one agent to another (warm transfer), which reserves the colleague like a ring would — so nobody is offered
/// two calls — without a waiting caller behind it.
/// </summary>
public sealed partial class AcdRouter
{
    /// <summary>
    /// Offers the call to <paramref name="agentId"/> only, now, as if the agent had been picked in
    /// <paramref name="queueId"/> (the agent's wrap-up follows that queue). Null when the agent is not Ready or the
    /// call is known already. Should the agent miss it, the caller waits in <paramref name="queueId"/> like any other.
    /// </summary>
    public AcdOffer? OfferTo(string callId, string queueId, int priority, string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            var queue = Queue(queueId);
            if (agent.State != AgentState.Ready || _calls.ContainsKey(callId)) return null;
            var call = new WaitingCall(callId, queue, priority, time.GetUtcNow(), ++_sequence);
            _calls.Add(callId, call);
            var offers = new List<AcdOffer>(1);
            Reserve(queue, call, [agent], offers);
            return offers[0];
        }
    }

    /// <summary>A consultation rings <paramref name="agentId"/>: Ready → Reserved (false when not Ready), wrap-up per <paramref name="queueId"/>.</summary>
    public bool ReserveForConsult(string agentId, string queueId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State != AgentState.Ready) return false;
            agent.WrapUpQueue = Queue(queueId);
            SetState(agent, AgentState.Reserved, null);
            return true;
        }
    }

    /// <summary>The consulted agent answered: OnCall, talk time counting from now (the caller's conversation follows on completion).</summary>
    public bool ConsultAnswered(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State != AgentState.Reserved || agent.Call is not null) return false;
            agent.ConsecutiveMisses = 0;
            agent.AnsweredAt = time.GetUtcNow();
            SetState(agent, AgentState.OnCall, null);
            return true;
        }
    }

    /// <summary>The consultation ended without the caller (cancelled, unanswered): the consulted agent is free again.</summary>
    public IReadOnlyList<AcdOffer> ReleaseConsult(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is not (AgentState.Reserved or AgentState.OnCall) || agent.Call is not null) return [];
            return MakeReady(agent);
        }
    }
}
