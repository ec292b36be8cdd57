namespace CallCenter.Notifications;

/// <summary>The built-in inbox: the outbox row is the inbox entry, so delivering it is marking it visible (sent).</summary>
public sealed class InAppNotificationSender : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.InApp;

    public Task SendAsync(Notification message, CancellationToken ct) =>
        message.RecipientUserId is null ? throw new InvalidOperationException("An in-app message needs a recipient user.") : Task.CompletedTask;
}
