namespace CallCenter.Voice.Acd;

/// <summary>A queue inside the router: its members (agents with the skill at the level), its waiting callers, its round-robin memory.</summary>
internal sealed class AcdQueue(AcdQueueSettings settings)
{
    public AcdQueueSettings Settings { get; set; } = settings;
    public string Id => Settings.Id;
    public List<AcdAgent> Members { get; } = [];
    public SortedSet<WaitingCall> Waiting { get; } = new(WaitingCallOrder.Instance);

    /// <summary>Members currently Ready: a decision scans these, not every member.</summary>
    public HashSet<AcdAgent> Ready { get; } = [];

    /// <summary>Index in <see cref="Members"/> of the agent offered last (round-robin with memory).</summary>
    public int LastOffered { get; set; } = -1;

    /// <summary>The minimum level for a caller who has waited <paramref name="waited"/> (tiers widen with time).</summary>
    public int MinLevelAfter(TimeSpan waited)
    {
        var level = Settings.MinLevel;
        var best = TimeSpan.MinValue;
        foreach (var tier in Settings.Tiers)
        {
            if (tier.After <= waited && tier.After > best)
            {
                best = tier.After;
                level = Math.Max(Settings.MinLevel, tier.MinLevel);
            }
        }
        return level;
    }
}
