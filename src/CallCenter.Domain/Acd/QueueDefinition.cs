using CallCenter.Entities;

namespace CallCenter.Acd;

/// <summary>A queue (技能组): who may take its calls (skill, minimum level), how they are picked, and what a caller meets while waiting.</summary>
public sealed class QueueDefinition : AuditedAggregateRoot
{
    private List<AcdTier> _tiers = [];

    public string Name { get; private set; } = "";
    public string Skill { get; private set; } = "";
    public int MinLevel { get; private set; } = 1;
    public RoutingStrategy Strategy { get; private set; } = RoutingStrategy.LongestIdle;
    public IReadOnlyList<AcdTier> Tiers => _tiers;
    public int RingTimeoutSeconds { get; private set; } = AcdConsts.DefaultRingTimeoutSeconds;
    public int WrapUpSeconds { get; private set; } = AcdConsts.DefaultWrapUpSeconds;
    /// <summary>0: no limit.</summary>
    public int MaxWaitSeconds { get; private set; }
    public QueueOverflowKind OverflowKind { get; private set; }
    /// <summary>The overflow queue's id or the number, by <see cref="OverflowKind"/>.</summary>
    public string? OverflowTarget { get; private set; }
    public bool JoinWhenEmpty { get; private set; } = true;
    /// <summary>0: no position announcements.</summary>
    public int AnnounceEverySeconds { get; private set; }
    public bool UseBusinessHours { get; private set; }
    public bool CallbackEnabled { get; private set; }

    private QueueDefinition() { }

    public QueueDefinition(string name, string skill, RoutingStrategy strategy)
    {
        Name = name;
        Skill = skill;
        Strategy = strategy;
    }

    /// <summary>Who takes the calls and how they are chosen. Tiers only matter for <see cref="RoutingStrategy.SkillTopDown"/>.</summary>
    public void SetRouting(string name, string skill, int minLevel, RoutingStrategy strategy, IEnumerable<AcdTier> tiers)
    {
        Name = name;
        Skill = skill;
        MinLevel = minLevel;
        Strategy = strategy;
        _tiers = tiers.OrderBy(t => t.AfterSeconds).ToList();
    }

    public void SetTimes(int ringTimeoutSeconds, int wrapUpSeconds, int maxWaitSeconds, int announceEverySeconds)
    {
        RingTimeoutSeconds = ringTimeoutSeconds;
        WrapUpSeconds = wrapUpSeconds;
        MaxWaitSeconds = maxWaitSeconds;
        AnnounceEverySeconds = announceEverySeconds;
    }

    /// <summary>Where a caller goes after the maximum wait; the target was checked by the caller (an existing other queue, a valid number).</summary>
    public void SetOverflow(QueueOverflowKind kind, string? target) =>
        (OverflowKind, OverflowTarget) = (kind, kind is QueueOverflowKind.None or QueueOverflowKind.Voicemail ? null : target);

    public void SetPolicies(bool joinWhenEmpty, bool useBusinessHours, bool callbackEnabled) =>
        (JoinWhenEmpty, UseBusinessHours, CallbackEnabled) = (joinWhenEmpty, useBusinessHours, callbackEnabled);
}
