namespace CallCenter.Notifications;

public enum NotificationChannel
{
    /// <summary>The user's inbox in the web app.</summary>
    InApp,
    /// <summary>A text message through the configured HTTP SMS gateway.</summary>
    Sms,
}
