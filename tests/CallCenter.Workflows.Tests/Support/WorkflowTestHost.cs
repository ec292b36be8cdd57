using CallCenter.Workflows.Management;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Workflows.Support;

/// <summary>An engine in a service provider with fake time, test activities, and whatever stores the caller registers.</summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private WorkflowTestHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();
    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();
    public IWorkflowInstanceStore Instances => Services.GetRequiredService<IWorkflowInstanceStore>();

    public static WorkflowTestHost Create(Action<IServiceCollection>? configure = null, FakeTimeProvider? time = null,
        Action<WorkflowRuntimeOptions>? options = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        configure?.Invoke(services);
        services.AddCallCenterWorkflowEngine(options);
        services.AddWorkflowActivity<CountingActivity>();
        services.AddWorkflowActivity<FlakyActivity>();
        services.AddWorkflowActivity<CrashActivity>();
        return new WorkflowTestHost(services.BuildServiceProvider(), time);
    }

    public async Task<WorkflowDefinition> PublishAsync(string fixture, Action<WorkflowDefinition>? edit = null)
    {
        var definition = Fixtures.Load(fixture);
        edit?.Invoke(definition);
        return await PublishAsync(definition);
    }

    public async Task<WorkflowDefinition> PublishAsync(WorkflowDefinition definition)
    {
        var saved = await Definitions.SaveDraftAsync(definition);
        return await Definitions.PublishAsync(saved.DefinitionId, saved.Version);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
