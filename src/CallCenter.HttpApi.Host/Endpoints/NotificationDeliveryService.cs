using CallCenter.Notifications;
using CallCenter.WorkOrders;
using Microsoft.Extensions.Options;

namespace CallCenter.Endpoints;

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

public static class WorkOrderHostServiceCollectionExtensions
{
    /// <summary>Options of work orders and SMS, and the outbox delivery loop.</summary>
    public static IServiceCollection AddCallCenterWorkOrders(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<WorkOrderOptions>(configuration.GetSection(WorkOrderOptions.Section));
        services.PostConfigure<WorkOrderOptions>(o =>
        {
            if (!Path.IsPathRooted(o.FileStorePath)) o.FileStorePath = Path.Combine(environment.ContentRootPath, o.FileStorePath);
        });
        services.Configure<SmsGatewayOptions>(configuration.GetSection(SmsGatewayOptions.Section));
        if (configuration.GetValue("Notifications:DeliveryEnabled", true)) services.AddHostedService<NotificationDeliveryService>();
        return services;
    }
}
