using CallCenter.Entities;

namespace CallCenter.Calls;

/// <summary>
/// One call as the hotline saw it: who called which number, when it was answered and ended, the way it took
/// through the IVR, every key pressed (once per press) and the recordings made. Written by the SIP node.
/// </summary>
public sealed class CallRecord : Entity
{
    private List<CallPathStep> _path = [];

    public string SipCallId { get; private set; } = "";
    public string CallerNumber { get; private set; } = "";
    public string DialledNumber { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }
    public string? WorkflowDefinitionId { get; private set; }
    public string? WorkflowInstanceId { get; private set; }
    public Guid? HouseholdId { get; private set; }
    public string Digits { get; private set; } = "";
    public string? NodeId { get; private set; }
    public IReadOnlyList<CallPathStep> Path => _path;

    private CallRecord() { }

    public CallRecord(Guid id, string sipCallId, string callerNumber, string dialledNumber, DateTimeOffset startedAt, string? nodeId)
    {
        Id = id;
        SipCallId = Cut(sipCallId, CallConsts.MaxSipCallIdLength);
        CallerNumber = Cut(callerNumber, CallConsts.MaxNumberLength);
        DialledNumber = Cut(dialledNumber, CallConsts.MaxNumberLength);
        StartedAt = startedAt;
        NodeId = nodeId;
    }

    public void AttachWorkflow(string definitionId, string instanceId)
    {
        WorkflowDefinitionId = definitionId;
        WorkflowInstanceId = instanceId;
    }

    public void MarkAnswered(DateTimeOffset at) => AnsweredAt ??= at;

    public void IdentifyHousehold(Guid? householdId) => HouseholdId = householdId;

    /// <summary>Replaces path and digits with the session's complete view (the node keeps them while the call is up).</summary>
    public void Record(IEnumerable<CallPathStep> path, string digits)
    {
        _path.Clear();
        _path.AddRange(path);
        Digits = Cut(digits, CallConsts.MaxDigitsLength);
    }

    public void End(DateTimeOffset at, string reason)
    {
        EndedAt ??= at;
        EndReason ??= reason;
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
