namespace CallCenter.Interruptions;

public sealed record HeatingInterruptionDto(
    Guid Id, Guid StationId, string? StationName, IReadOnlyList<string> Communities, DateTimeOffset StartsAt,
    DateTimeOffset ExpectedRestorationAt, DateTimeOffset? EndedAt, string Message, bool IsActive, string ConcurrencyStamp);

public sealed record CreateUpdateHeatingInterruptionDto
{
    public Guid StationId { get; init; }
    public IReadOnlyList<string>? Communities { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset ExpectedRestorationAt { get; init; }
    public string Message { get; init; } = "";
}

/// <summary>What the IVR reads to a caller whose household lies in an interrupted area.</summary>
public sealed record ActiveInterruptionNoticeDto(Guid Id, string? StationName, DateTimeOffset StartsAt, DateTimeOffset ExpectedRestorationAt, string Message);
