namespace CallCenter.Calls;

/// <summary>
/// What a SIP node writes about its calls. The node keeps path and digits in memory while the call is up and
/// writes them with the end, so a call costs a handful of statements, not one per key press.
/// </summary>
public interface ICallRecordWriter
{
    Task StartAsync(Guid callRecordId, string sipCallId, string callerNumber, string dialledNumber, DateTimeOffset startedAt,
        string? nodeId, CancellationToken ct = default);

    Task AttachWorkflowAsync(Guid callRecordId, string definitionId, string instanceId, CancellationToken ct = default);

    Task AnsweredAsync(Guid callRecordId, DateTimeOffset at, CancellationToken ct = default);

    Task SaveProgressAsync(Guid callRecordId, IReadOnlyList<CallPathStepDto> path, string digits, Guid? householdId, CancellationToken ct = default);

    Task EndAsync(Guid callRecordId, DateTimeOffset at, string reason, IReadOnlyList<CallPathStepDto> path, string digits,
        Guid? householdId, CancellationToken ct = default);

    /// <summary>Stores a recording and, when <paramref name="callbackTopic"/> is given, a callback task pointing at it.</summary>
    Task<Guid> SaveRecordingAsync(Guid callRecordId, string kind, DateTimeOffset startedAt, int durationMs, byte[] wav,
        string? callbackTopic, string callerNumber, CancellationToken ct = default);

    /// <summary>
    /// Ends every call of <paramref name="nodeId"/> started before <paramref name="startedBefore"/> that is still in
    /// progress: the node's previous process died with them (a crash, kill -9). Returns them with their IVR instances.
    /// </summary>
    Task<IReadOnlyList<OrphanedCallDto>> EndOrphanedAsync(string nodeId, DateTimeOffset startedBefore, DateTimeOffset at, string reason,
        CancellationToken ct = default);
}
