namespace CallCenter.Voice.Acd;

/// <summary>
/// What an agent's answer means: <see cref="Connected"/> false when the call is no longer offered to that agent (the
/// caller hung up, another agent won) — hang the agent leg up. <see cref="CancelAgents"/>: the other phones still
/// ringing for the call (ring-all); send them CANCEL. <see cref="Offers"/>: those agents' next calls, if any wait.
/// </summary>
public sealed record AnswerOutcome(bool Connected, IReadOnlyList<string> CancelAgents, IReadOnlyList<AcdOffer> Offers);
