using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

public static class AcdApplicationServiceCollectionExtensions
{
    /// <summary>The ACD's configuration services and the ports the ACD owner reads and writes through (ADR 0600).</summary>
    public static IServiceCollection AddCallCenterAcdApplication(this IServiceCollection services)
    {
        services.AddOptions<AcdSipOptions>();
        services.AddScoped<AcdDirectoryNotifier>();
        services.AddScoped<IAcdQueueAppService, AcdQueueAppService>();
        services.AddScoped<IAcdAgentAppService, AcdAgentAppService>();
        // Singletons: the ACD owner and the registrar are; each call opens its own scope.
        services.AddSingleton<IAcdDirectoryReader, AcdDirectoryReader>();
        services.AddSingleton<ISipAccountReader, SipAccountReader>();
        services.AddSingleton<IQueueEventWriter, QueueEventWriter>();
        services.AddSingleton<IAcdOwnerLock, AcdOwnerLock>();
        return services;
    }
}
