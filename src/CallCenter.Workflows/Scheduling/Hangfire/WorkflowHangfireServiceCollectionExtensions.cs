using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Workflows.Scheduling.Hangfire;

public static class WorkflowHangfireServiceCollectionExtensions
{
    /// <summary>Timers on Hangfire; the host configures Hangfire storage and runs a server (queue "workflows").</summary>
    public static IServiceCollection AddCallCenterWorkflowHangfireTimers(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IWorkflowTimerScheduler, HangfireWorkflowTimerScheduler>());
        services.TryAddTransient<WorkflowTimerJob>();
        return services;
    }
}
