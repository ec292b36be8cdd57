using CallCenter.Repositories;
using CallCenter.Seeding;
using CallCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>A migrated database without demo data or a host, and the real writer over it: the queue_events tests need nothing else.</summary>
public sealed class QueueEventDatabase : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private NpgsqlQueueEventStore? _store;

    public string ConnectionString => _database.ConnectionString;
    public IQueueEventWriter Writer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var services = new ServiceCollection().AddCallCenterMigrator(_database.ConnectionString).BuildServiceProvider())
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(0, demoData: false);
        }
        _store = new NpgsqlQueueEventStore(_database.ConnectionString);
        Writer = new QueueEventWriter(_store);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await _database.DisposeAsync();
    }
}
