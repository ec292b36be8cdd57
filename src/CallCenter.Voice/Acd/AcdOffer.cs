namespace CallCenter.Voice.Acd;

/// <summary>The router's decision: ring these agents (one, or all for ring-all) for this call. They are Reserved already.</summary>
public sealed record AcdOffer(string CallId, string QueueId, IReadOnlyList<string> AgentIds, TimeSpan RingTimeout);
