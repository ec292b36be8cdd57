using CallCenter.Workflows.Scheduling.Hangfire;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Workflows.Support;

/// <summary>An app node with a Hangfire server on the shared PostgreSQL storage (schema "hangfire").</summary>
public sealed class HangfireNode : IAsyncDisposable
{
    private BackgroundJobServer? _server;

    private HangfireNode(WorkflowTestHost host, BackgroundJobServer server)
    {
        Host = host;
        _server = server;
    }

    public WorkflowTestHost Host { get; }

    public static HangfireNode Start(PostgresWorkflowFixture db, FakeTimeProvider time, string name)
    {
        var storage = WorkflowHangfireStorage.Create(db.ConnectionString, TimeSpan.FromMilliseconds(200));
        var host = db.CreateNode(time, services =>
        {
            services.AddSingleton<JobStorage>(storage);
            services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage));
            services.AddCallCenterWorkflowHangfireTimers();
        });
        var server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = name,
            Queues = ["workflows", "default"],
            WorkerCount = 2,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(500),
            Activator = new ServiceProviderJobActivator(host.Services),
        }, storage);
        return new HangfireNode(host, server);
    }

    public void StopServer()
    {
        _server?.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        StopServer();
        await Host.DisposeAsync();
    }
}
