using CallCenter.Seeding;
using CallCenter.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.Acd;

/// <summary>
/// The migrator on a database of the version before the ACD: the demo agents, their profiles, the queues and the new
/// Acd.* grants of existing roles all arrive, and a further run adds nothing.
/// </summary>
public sealed class AcdSeedTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_Add_Demo_Agents_Queues_And_Acd_Grants_To_An_Existing_Database_Once()
    {
        await MigrateAsync();
        var fresh = await CountsAsync();
        fresh.ShouldBe(new Counts(Agents: 4, Queues: 3, Grants: fresh.Grants, DemoAgentUsers: 3));
        fresh.Grants.ShouldBeGreaterThanOrEqualTo(4 + 4 + 1 + 1, "administrator and supervisor all four, agent and revisit agent the desk");

        // What a database of the previous version looks like: no ACD rows, no Acd.* grants, no agent2..agent4.
        await ExecuteAsync("""
            DELETE FROM acd_agents; DELETE FROM acd_queues;
            DELETE FROM permission_grants WHERE permission_name LIKE 'CallCenter.Acd%';
            DELETE FROM "AspNetUserRoles" WHERE user_id IN (SELECT id FROM "AspNetUsers" WHERE user_name IN ('agent2', 'agent3', 'agent4'));
            DELETE FROM "AspNetUsers" WHERE user_name IN ('agent2', 'agent3', 'agent4');
            """);
        (await CountsAsync()).ShouldBe(new Counts(0, 0, 0, 0));

        await MigrateAsync();
        (await CountsAsync()).ShouldBe(fresh);
        await MigrateAsync();
        (await CountsAsync()).ShouldBe(fresh, "a second run adds nothing");
        (await ScalarAsync("""
            SELECT count(*) FROM permission_grants
            WHERE role_name = 'Agent' AND permission_name = 'CallCenter.Acd.Desk'
            """)).ShouldBe(1);
    }

    private sealed record Counts(long Agents, long Queues, long Grants, long DemoAgentUsers);

    private async Task<Counts> CountsAsync() => new(
        await ScalarAsync("SELECT count(*) FROM acd_agents WHERE extension IN ('8001', '8002', '8003', '8004') AND sip_md5ha1 IS NOT NULL"),
        await ScalarAsync("SELECT count(*) FROM acd_queues WHERE name IN ('报修组', '投诉组', '综合组')"),
        await ScalarAsync("SELECT count(*) FROM permission_grants WHERE permission_name LIKE 'CallCenter.Acd%'"),
        await ScalarAsync("""SELECT count(*) FROM "AspNetUsers" WHERE user_name IN ('agent2', 'agent3', 'agent4')"""));

    private async Task MigrateAsync()
    {
        await using var services = new ServiceCollection().AddCallCenterMigrator(_database.ConnectionString).BuildServiceProvider();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(0, demoData: true);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
