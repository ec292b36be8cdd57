using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Scheduling.Hangfire;

/// <summary>Builds Hangfire jobs from a service provider (for servers created outside ASP.NET Core's integration).</summary>
public sealed class ServiceProviderJobActivator(IServiceProvider services) : JobActivator
{
    public override object ActivateJob(Type jobType) => ActivatorUtilities.GetServiceOrCreateInstance(services, jobType);
}
