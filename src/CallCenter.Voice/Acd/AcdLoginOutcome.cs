namespace CallCenter.Voice.Acd;

/// <summary>
/// What <see cref="AcdRouter.Login"/> did: refused when a chosen queue is not one of the agent's member queues
/// (<see cref="NotMember"/> names them) or none was chosen; otherwise the calls now offered to the agent, if a queue
/// they just joined has callers waiting and they are Ready.
/// </summary>
public sealed record AcdLoginOutcome(bool Succeeded, IReadOnlyList<string> NotMember, IReadOnlyList<AcdOffer> Offers);
