using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CallCenter.Notifications;

/// <summary>Sends a text message by POSTing JSON to the configured gateway (see <see cref="SmsGatewayOptions"/>).</summary>
public sealed class SmsGatewaySender(IHttpClientFactory clients, IOptionsMonitor<SmsGatewayOptions> options) : INotificationSender
{
    public const string ClientName = "CallCenter.Sms";

    public NotificationChannel Channel => NotificationChannel.Sms;

    public async Task SendAsync(Notification message, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(o.Url)) throw new InvalidOperationException("SMS gateway not configured (Notifications:Sms:Url).");
        if (string.IsNullOrWhiteSpace(message.RecipientPhone)) throw new InvalidOperationException("An SMS needs a phone number.");
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url)
        {
            Content = JsonContent.Create(new { to = message.RecipientPhone, text = message.Body, signature = o.Signature, reference = message.Id }),
        };
        if (!string.IsNullOrEmpty(o.ApiKey))
            request.Headers.TryAddWithoutValidation(o.ApiKeyHeader,
                o.ApiKeyHeader.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? "Bearer " + o.ApiKey : o.ApiKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
