using CallCenter.Workflows.Scheduling.Hangfire;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Workflows;

/// <summary>
/// A Hangfire server for the "workflows" queue only, so it coexists with any server the host runs for its own
/// jobs. Every node runs one; Hangfire's storage hands each timer job to exactly one of them.
/// </summary>
public sealed class WorkflowHangfireServerService(JobStorage storage, IServiceProvider services, WorkflowHostOptions options) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"workflows:{Environment.MachineName}:{Environment.ProcessId}",
            Queues = ["workflows"],
            WorkerCount = options.HangfireWorkers,
            Activator = new ServiceProviderJobActivator(services),
        }, storage);
        return Task.CompletedTask;
    }

    // A host may be stopped again after it was disposed (WebApplicationFactory does): stopping is idempotent.
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _server?.SendStop();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _server?.Dispose();
        _server = null;
    }
}
