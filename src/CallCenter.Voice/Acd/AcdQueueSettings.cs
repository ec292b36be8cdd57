using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>A queue (技能组) as the router needs it; configuration pages and the database come later (ADR 0600).</summary>
public sealed record AcdQueueSettings
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";

    /// <summary>The skill an agent needs, and the lowest level that makes them a member.</summary>
    public required string Skill { get; init; }
    public int MinLevel { get; init; } = 1;

    public RoutingStrategy Strategy { get; init; } = RoutingStrategy.LongestIdle;

    /// <summary>
    /// Optional widening: the tier with the largest <see cref="SkillTier.After"/> not beyond the caller's wait sets the
    /// minimum level. Empty: <see cref="MinLevel"/> from the start.
    /// </summary>
    public IReadOnlyList<SkillTier> Tiers { get; init; } = [];

    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan WrapUp { get; init; } = TimeSpan.FromSeconds(30);
}
