using System.ComponentModel.DataAnnotations;

namespace CallCenter.Notifications;

/// <summary>
/// The HTTP SMS gateway (configuration section "Notifications:Sms", sample in etc/notifications.sample.json).
/// The sender POSTs JSON {to, text, signature, reference} to <see cref="Url"/>; any 2xx counts as accepted.
/// Validated at start; messages name the setting.
/// </summary>
public sealed class SmsGatewayOptions : IValidatableObject
{
    public const string Section = "Notifications:Sms";

    /// <summary>Empty disables SMS: messages stay Pending → Failed with "SMS gateway not configured".</summary>
    public string? Url { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>Header carrying the key, e.g. "X-Api-Key" or "Authorization" (then the key is sent as "Bearer …").</summary>
    [Required(ErrorMessage = "Notifications:Sms:ApiKeyHeader must not be empty.")]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
    public string Signature { get; set; } = "热力公司";
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Notifications:Sms:Timeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Empty is allowed (SMS off); a set value must be a URL the sender can POST to.
        if (!string.IsNullOrWhiteSpace(Url)
            && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            yield return new ValidationResult($"Notifications:Sms:Url '{Url}' must be an absolute http(s) URL or empty.", [nameof(Url)]);
    }
}
