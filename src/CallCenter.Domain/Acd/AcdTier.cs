namespace CallCenter.Acd;

/// <summary>A tier of a skill-level top-down queue: from <paramref name="AfterSeconds"/> of waiting, agents of at least <paramref name="MinLevel"/> are offered.</summary>
public sealed record AcdTier(int MinLevel, int AfterSeconds);
