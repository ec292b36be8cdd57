using CallCenter.Testing;
using CallCenter.Workflows.Stores;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Workflows.Support;

/// <summary>A fresh database with the engine's migrations applied, shared by one test class.</summary>
public sealed class PostgresWorkflowFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await WorkflowsDbContext.MigrateAsync(ConnectionString);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    /// <summary>One "node": its own service provider (own runtime, node id, pools) over the shared database.</summary>
    public WorkflowTestHost CreateNode(FakeTimeProvider? time = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null,
        Action<Runtime.WorkflowRuntimeOptions>? options = null) =>
        WorkflowTestHost.Create(services =>
        {
            services.AddCallCenterWorkflowPostgresStores(ConnectionString);
            configure?.Invoke(services);
        }, time, options);
}
