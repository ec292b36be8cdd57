using CallCenter.Entities;

namespace CallCenter.Acd;

/// <summary>The company's ACD-wide settings: one row (<see cref="SingletonId"/>); absent means the defaults.</summary>
public sealed class AcdSettings : Entity, IAuditedEntity
{
    public static readonly Guid SingletonId = new("00000000-0000-7000-8000-00000000acd0");

    /// <summary>The NotReady reasons an agent picks on the desktop (小休, 用餐, …), in display order.</summary>
    public List<string> NotReadyReasons { get; private set; } = [.. AcdConsts.DefaultNotReadyReasons];
    /// <summary>Pause after a call the agent marked as difficult, before Ready again.</summary>
    public int RecoveryPauseSeconds { get; private set; } = AcdConsts.DefaultRecoveryPauseSeconds;
    /// <summary>Missed rings in a row that set the agent NotReady (未接).</summary>
    public int MissesBeforeNotReady { get; private set; } = AcdConsts.DefaultMissesBeforeNotReady;

    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }

    public AcdSettings() => Id = SingletonId;

    public void Update(IEnumerable<string> notReadyReasons, int recoveryPauseSeconds, int missesBeforeNotReady)
    {
        NotReadyReasons = notReadyReasons.ToList();
        RecoveryPauseSeconds = recoveryPauseSeconds;
        MissesBeforeNotReady = missesBeforeNotReady;
    }
}
