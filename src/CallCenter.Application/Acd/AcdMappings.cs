namespace CallCenter.Acd;

/// <summary>Entity → DTO for the ACD's configuration; the directory reader and the pages share one shape.</summary>
public static class AcdMappings
{
    public static AcdQueueDefinitionDto ToDto(this QueueDefinition q) => new(
        q.Id, q.Name, q.Skill, q.MinLevel, q.Strategy, q.Tiers.Select(t => new AcdTierDto(t.MinLevel, t.AfterSeconds)).ToList(),
        q.RingTimeoutSeconds, q.WrapUpSeconds, q.MaxWaitSeconds, q.OverflowKind, q.OverflowTarget, q.JoinWhenEmpty,
        q.AnnounceEverySeconds, q.UseBusinessHours, q.CallbackEnabled);

    public static AcdSettingsDto ToDto(this AcdSettings s) => new(s.NotReadyReasons, s.RecoveryPauseSeconds, s.MissesBeforeNotReady);
}
