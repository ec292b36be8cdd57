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

    /// <summary>
    /// Takes whatever the SIP parser accepted: a missing part is stored empty, an over-long one cut to its column, and
    /// characters PostgreSQL text cannot hold (NUL, other control characters, half a surrogate pair) replaced — a call
    /// must never go unrecorded because of how its INVITE was written.
    /// </summary>
    public CallRecord(Guid id, string? sipCallId, string? callerNumber, string? dialledNumber, DateTimeOffset startedAt, string? nodeId)
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

    private static string Cut(string? value, int max)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var cut = value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)];
        return cut.Any(NotStorable) ? string.Create(cut.Length, cut, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                    : true;
                span[i] = char.IsControl(c) || !paired ? '\uFFFD' : c;
            }
        }) : cut;
    }

    private static bool NotStorable(char c) => char.IsControl(c) || char.IsSurrogate(c);
}
