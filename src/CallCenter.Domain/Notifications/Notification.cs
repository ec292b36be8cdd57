using CallCenter.Entities;

namespace CallCenter.Notifications;

/// <summary>
/// One outgoing message in the outbox (PostgreSQL). Written in the same transaction as the change that causes it,
/// delivered afterwards by the sender of its channel with retries, so a crash never loses or half-sends a message.
/// </summary>
public sealed class Notification : Entity
{
    public NotificationChannel Channel { get; private set; }
    public Guid? RecipientUserId { get; private set; }
    public string? RecipientName { get; private set; }
    public string? RecipientPhone { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public Guid? WorkOrderId { get; private set; }
    public NotificationStatus Status { get; private set; } = NotificationStatus.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    private Notification() { }

    public Notification(NotificationChannel channel, Guid? recipientUserId, string? recipientName, string? recipientPhone, string title, string body,
        Guid? workOrderId, DateTimeOffset now)
    {
        Channel = channel;
        RecipientUserId = recipientUserId;
        RecipientName = recipientName;
        RecipientPhone = recipientPhone;
        Title = title.Length > NotificationConsts.MaxTitleLength ? title[..NotificationConsts.MaxTitleLength] : title;
        Body = body.Length > NotificationConsts.MaxBodyLength ? body[..NotificationConsts.MaxBodyLength] : body;
        WorkOrderId = workOrderId;
        CreationTime = now;
        NextAttemptAt = now;
    }

    public void MarkSent(DateTimeOffset now)
    {
        Status = NotificationStatus.Sent;
        Attempts++;
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Backs off 1, 2, 4 … minutes; after <paramref name="maxAttempts"/> the message is Failed.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > NotificationConsts.MaxErrorLength ? error[..NotificationConsts.MaxErrorLength] : error;
        if (Attempts >= maxAttempts)
        {
            Status = NotificationStatus.Failed;
            NextAttemptAt = null;
        }
        else NextAttemptAt = now + TimeSpan.FromMinutes(Math.Pow(2, Attempts - 1));
    }

    public void Retry(DateTimeOffset now)
    {
        Status = NotificationStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
