using CallCenter.Common;

namespace CallCenter.Calls;

public sealed record CallPathStepDto(DateTimeOffset At, string ActivityId, string Kind, string? Detail);

public sealed record CallRecordingDto(Guid Id, string Kind, DateTimeOffset StartedAt, int DurationMs);

public sealed record CallRecordListItemDto(
    Guid Id, string CallerNumber, string DialledNumber, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt, string? EndReason, string Digits, int RecordingCount);

public sealed record CallRecordDto(
    Guid Id, string SipCallId, string CallerNumber, string DialledNumber, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt, string? EndReason, string Digits, string? WorkflowDefinitionId, string? WorkflowInstanceId,
    Guid? HouseholdId, IReadOnlyList<CallPathStepDto> Path, IReadOnlyList<CallRecordingDto> Recordings);

/// <summary>Search by caller or dialled number (any part) and by start date (company days, inclusive).</summary>
public sealed record CallRecordSearchDto : PagedRequestDto
{
    public string? Number { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed record CallbackTaskDto(
    Guid Id, Guid CallRecordId, string PhoneNumber, string Topic, Guid? RecordingId, CallbackStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

public sealed record RecordingAudio(byte[] Wav, string FileName);
