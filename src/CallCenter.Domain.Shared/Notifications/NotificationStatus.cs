namespace CallCenter.Notifications;

public enum NotificationStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the configured attempts; an operator may retry from the outbox page.</summary>
    Failed,
}
