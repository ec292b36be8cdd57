namespace CallCenter.Notifications;

/// <summary>Delivers one outbox message on its channel; throws to report a failure (the dispatcher retries with back-off).</summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }
    Task SendAsync(Notification message, CancellationToken ct);
}
