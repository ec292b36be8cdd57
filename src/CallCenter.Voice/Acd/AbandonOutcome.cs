namespace CallCenter.Voice.Acd;

/// <summary>
/// A caller who left: how long they waited, the phones still ringing for them (send CANCEL) and the next calls those
/// agents are offered.
/// </summary>
public sealed record AbandonOutcome(bool Found, TimeSpan Waited, IReadOnlyList<string> CancelAgents, IReadOnlyList<AcdOffer> Offers);
