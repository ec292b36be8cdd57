using CallCenter.Notifications;
using Microsoft.Extensions.Options;

namespace CallCenter.Hosting;

/// <summary>Polls the outbox every few seconds and delivers due messages (in-app and SMS).</summary>
public sealed class NotificationDeliveryService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<NotificationDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Notifications:PollInterval", TimeSpan.FromSeconds(5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DeliverDueAsync(50, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Delivering notifications failed; retrying");
            }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
