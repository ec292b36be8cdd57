namespace CallCenter.Voice.Acd;

/// <summary>From <see cref="After"/> of waiting on, agents with at least <see cref="MinLevel"/> in the queue's skill may take the call.</summary>
public sealed record SkillTier(int MinLevel, TimeSpan After);
