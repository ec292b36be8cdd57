namespace CallCenter.Calls;

/// <summary>One step of a call's way through the IVR: which activity ran, what kind, and what came of it.</summary>
public sealed record CallPathStep(DateTimeOffset At, string ActivityId, string Kind, string? Detail);
