using CallCenter.Repositories;

namespace CallCenter.Calls;

/// <summary>The SIP node's writes, each its own short unit of work (the node holds no transaction across a call).</summary>
public sealed class CallRecordWriter(
    IRepository<CallRecord> calls,
    IRepository<CallRecording> recordings,
    IRepository<CallbackTask> callbacks,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    TimeProvider time) : ICallRecordWriter
{
    public async Task StartAsync(Guid callRecordId, string sipCallId, string callerNumber, string dialledNumber, DateTimeOffset startedAt,
        string? nodeId, CancellationToken ct = default)
    {
        calls.Add(new CallRecord(callRecordId, sipCallId, callerNumber, dialledNumber, startedAt, nodeId));
        await uow.SaveChangesAsync(ct);
    }

    public Task AttachWorkflowAsync(Guid callRecordId, string definitionId, string instanceId, CancellationToken ct = default) =>
        ChangeAsync(callRecordId, c => c.AttachWorkflow(definitionId, instanceId), ct);

    public Task AnsweredAsync(Guid callRecordId, DateTimeOffset at, CancellationToken ct = default) =>
        ChangeAsync(callRecordId, c => c.MarkAnswered(at), ct);

    public Task SaveProgressAsync(Guid callRecordId, IReadOnlyList<CallPathStepDto> path, string digits, Guid? householdId,
        CancellationToken ct = default) =>
        ChangeAsync(callRecordId, c =>
        {
            c.Record(path.Select(ToStep), digits);
            if (householdId is not null) c.IdentifyHousehold(householdId);
        }, ct);

    public Task EndAsync(Guid callRecordId, DateTimeOffset at, string reason, IReadOnlyList<CallPathStepDto> path, string digits,
        Guid? householdId, CancellationToken ct = default) =>
        ChangeAsync(callRecordId, c =>
        {
            c.Record(path.Select(ToStep), digits);
            if (householdId is not null) c.IdentifyHousehold(householdId);
            c.End(at, reason);
        }, ct);

    public async Task<Guid> SaveRecordingAsync(Guid callRecordId, string kind, DateTimeOffset startedAt, int durationMs, byte[] wav,
        string? callbackTopic, string callerNumber, CancellationToken ct = default)
    {
        var recording = new CallRecording(callRecordId, kind, startedAt, durationMs, wav);
        recordings.Add(recording);
        if (callbackTopic is not null)
            callbacks.Add(new CallbackTask(callRecordId, callerNumber, callbackTopic, recording.Id, time.GetUtcNow()));
        await uow.SaveChangesAsync(ct);
        return recording.Id;
    }

    public async Task<IReadOnlyList<OrphanedCallDto>> EndOrphanedAsync(string nodeId, DateTimeOffset startedBefore, DateTimeOffset at,
        string reason, CancellationToken ct = default)
    {
        var open = await query.ToListAsync(calls.Query()
            .Where(c => c.NodeId == nodeId && c.EndedAt == null && c.StartedAt < startedBefore)
            .OrderBy(c => c.StartedAt).Take(5000), ct);
        if (open.Count == 0) return [];
        foreach (var call in open) call.End(at, reason);
        await uow.SaveChangesAsync(ct);
        return [.. open.Select(c => new OrphanedCallDto(c.Id, c.WorkflowInstanceId))];
    }

    private async Task ChangeAsync(Guid id, Action<CallRecord> change, CancellationToken ct)
    {
        var call = await query.FirstOrDefaultAsync(calls.Query().Where(c => c.Id == id), ct);
        if (call is null) return; // the start write failed (logged by the node); the call itself goes on
        change(call);
        await uow.SaveChangesAsync(ct);
    }

    private static CallPathStep ToStep(CallPathStepDto s) => new(s.At, s.ActivityId, s.Kind, s.Detail);
}
