namespace CallCenter.Notifications;

/// <summary>One outbox message and its delivery state; the inbox shows the in-app ones addressed to the reader.</summary>
public sealed record NotificationDto(
    Guid Id,
    NotificationChannel Channel,
    Guid? RecipientUserId,
    string? RecipientName,
    string? RecipientPhone,
    string Title,
    string Body,
    NotificationStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreationTime,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? ReadAt,
    Guid? WorkOrderId,
    string? WorkOrderNumber);

public sealed record GetOutboxInput : Common.PagedRequestDto
{
    public NotificationStatus? Status { get; init; }
    public NotificationChannel? Channel { get; init; }
    public Guid? WorkOrderId { get; init; }
}

public sealed record GetInboxInput : Common.PagedRequestDto
{
    public bool? UnreadOnly { get; init; }
}

public sealed record InboxSummaryDto(int Unread);
