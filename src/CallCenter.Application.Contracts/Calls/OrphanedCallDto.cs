namespace CallCenter.Calls;

/// <summary>A call a SIP node's previous process left "in progress" and the restarted node ended, with its IVR instance.</summary>
public sealed record OrphanedCallDto(Guid CallRecordId, string? WorkflowInstanceId);
