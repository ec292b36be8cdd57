using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>The router's side of a queued callback (ADR 0600 D5): the agent answered first, then the customer could not be reached.</summary>
public sealed partial class AcdRouter
{
    /// <summary>
    /// The agent took a callback but the customer did not answer (busy, no answer, unreachable): the agent is Ready again
    /// at once — no wrap-up (there was no conversation), no miss (the agent answered) — and is offered the next caller.
    /// </summary>
    public IReadOnlyList<AcdOffer> CallbackNotReached(string agentId)
    {
        lock (_sync)
        {
            var agent = Agent(agentId);
            if (agent.State is not (AgentState.OnCall or AgentState.Hold)) return [];
            agent.Call = null;
            return MakeReady(agent);
        }
    }
}
