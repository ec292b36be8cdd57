namespace CallCenter.Acd;

/// <summary>A queue (技能组) as created or changed on the queues page; the answer is the <see cref="AcdQueueDefinitionDto"/>.</summary>
public sealed record CreateUpdateAcdQueueDto
{
    public string Name { get; init; } = "";
    public string Skill { get; init; } = "";
    public int MinLevel { get; init; } = 1;
    public RoutingStrategy Strategy { get; init; } = RoutingStrategy.LongestIdle;
    /// <summary>Only for <see cref="RoutingStrategy.SkillTopDown"/>: from AfterSeconds of waiting, agents of MinLevel and up are offered.</summary>
    public IReadOnlyList<AcdTierDto> Tiers { get; init; } = [];
    public int RingTimeoutSeconds { get; init; } = 15;
    public int WrapUpSeconds { get; init; } = 30;
    /// <summary>0: no limit.</summary>
    public int MaxWaitSeconds { get; init; }
    public QueueOverflowKind OverflowKind { get; init; }
    /// <summary>The overflow queue's id (Queue) or the number (Number); ignored otherwise.</summary>
    public string? OverflowTarget { get; init; }
    public bool JoinWhenEmpty { get; init; } = true;
    /// <summary>Seconds between position / expected-wait announcements; 0 = none.</summary>
    public int AnnounceEverySeconds { get; init; }
    public bool UseBusinessHours { get; init; }
    public bool CallbackEnabled { get; init; }
}
