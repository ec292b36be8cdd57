using CallCenter.Notifications;
using CallCenter.WorkOrders;

namespace CallCenter.Hosting;

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
        if (configuration.GetValue("WorkOrders:SlaSweepEnabled", true)) services.AddHostedService<SlaBreachSweepService>();
        return services;
    }
}
