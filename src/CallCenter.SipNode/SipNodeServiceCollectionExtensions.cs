using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Settings;
using CallCenter.Voice;
using CallCenter.Workflows;
using CallCenter.Workflows.Hosting;
using CallCenter.Workflows.Scheduling.Hangfire;
using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.SipNode;

/// <summary>
/// A SIP node without the web app: the same voice services the Host runs (AddCallCenterVoice), on the same
/// database and workflow stores, so flows published by the Host run here. Timers go to the shared Hangfire storage,
/// where the Host's server fires them. Definitions are imported by the Host, not here.
/// </summary>
public static class SipNodeServiceCollectionExtensions
{
    public static IServiceCollection AddCallCenterSipNode(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["CALLCENTER_DB"] is { Length: > 0 } env
            ? env
            : configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("No database: set CALLCENTER_DB or ConnectionStrings:Default.");
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ICurrentUser>(AnonymousCurrentUser.Instance);
        services.AddCallCenterEntityFrameworkCore(connectionString);
        services.AddCallCenterApplication();
        services.AddCallCenterWorkflowPostgresStores(connectionString);
        services.AddCallCenterWorkflowEngine(o =>
        {
            if (configuration["Workflows:NodeId"] is { Length: > 0 } node) o.NodeId = node;
            if (configuration["Workflows:LeaseDuration"] is { Length: > 0 } lease)
                o.LeaseDuration = TimeSpan.Parse(lease, System.Globalization.CultureInfo.InvariantCulture);
        });
        services.TryAddSingleton(_ => WorkflowHangfireStorage.Create(connectionString));
        services.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddCallCenterWorkflowHangfireTimers();
        services.AddHostedService<ExpressionWarmUpService>(); // IVR flows evaluate scripts on the call path
        services.AddHostedService<WorkflowSweeperService>();
        services.AddCallCenterVoice(configuration);
        services.AddHealthChecks();
        return services;
    }
}
