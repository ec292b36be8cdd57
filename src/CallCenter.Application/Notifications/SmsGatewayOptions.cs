namespace CallCenter.Notifications;

/// <summary>
/// The HTTP SMS gateway (configuration section "Notifications:Sms", sample in etc/notifications.sample.json).
/// The sender POSTs JSON {to, text, signature, reference} to <see cref="Url"/>; any 2xx counts as accepted.
/// </summary>
public sealed class SmsGatewayOptions
{
    public const string Section = "Notifications:Sms";

    /// <summary>Empty disables SMS: messages stay Pending → Failed with "SMS gateway not configured".</summary>
    public string? Url { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>Header carrying the key, e.g. "X-Api-Key" or "Authorization" (then the key is sent as "Bearer …").</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
    public string Signature { get; set; } = "热力公司";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
