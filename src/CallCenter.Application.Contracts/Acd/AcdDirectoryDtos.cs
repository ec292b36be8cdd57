namespace CallCenter.Acd;

/// <summary>A tier of a skill-level top-down queue: from <paramref name="AfterSeconds"/> of waiting, agents of at least <paramref name="MinLevel"/> are offered.</summary>
public sealed record AcdTierDto(int MinLevel, int AfterSeconds);

/// <summary>A queue (技能组) as the ACD loads it (ADR 0600 D1: configuration in PostgreSQL, cached by the owner).</summary>
public sealed record AcdQueueDefinitionDto(
    Guid Id,
    string Name,
    string Skill,
    int MinLevel,
    RoutingStrategy Strategy,
    IReadOnlyList<AcdTierDto> Tiers,
    int RingTimeoutSeconds,
    int WrapUpSeconds,
    /// <summary>0: no limit.</summary>
    int MaxWaitSeconds,
    QueueOverflowKind OverflowKind,
    /// <summary>The overflow queue's id or the number, by <see cref="OverflowKind"/>.</summary>
    string? OverflowTarget,
    /// <summary>False: a caller arriving when no member is logged in goes straight to overflow (NoAgents).</summary>
    bool JoinWhenEmpty,
    /// <summary>Seconds between position / expected-wait announcements; 0 = none.</summary>
    int AnnounceEverySeconds,
    /// <summary>True: outside the company calendar's business hours the queue answers NoAgents.</summary>
    bool UseBusinessHours,
    /// <summary>Whether a caller may press 1 to be called back keeping their place.</summary>
    bool CallbackEnabled);

/// <summary>An agent: a user with an extension and skills (level 1–10 each).</summary>
public sealed record AcdAgentDefinitionDto(Guid UserId, string DisplayName, string Extension, IReadOnlyDictionary<string, int> Skills);

/// <summary>Everything the ACD needs to route: queues, agents, the NotReady reasons offered on the desktop, and policies.</summary>
public sealed record AcdDirectoryDto(
    IReadOnlyList<AcdQueueDefinitionDto> Queues,
    IReadOnlyList<AcdAgentDefinitionDto> Agents,
    IReadOnlyList<string> NotReadyReasons,
    /// <summary>Pause after a call the agent marked as difficult, before Ready again.</summary>
    int RecoveryPauseSeconds,
    /// <summary>Missed rings in a row that set the agent NotReady (未接).</summary>
    int MissesBeforeNotReady);
