using CallCenter.Workflows.Models;
using CallCenter.Workflows.Support;
using Npgsql;

namespace CallCenter.Workflows.Retention;

/// <summary>What is stored per step: instance state stays the same size however long an instance lives.</summary>
public sealed class CompactStateTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    [Fact]
    public async Task Should_Keep_A_Long_Lived_Instance_State_Compact_However_Many_Steps_It_Runs()
    {
        await using var host = db.CreateNode();
        await host.PublishAsync("ticker");
        var started = await host.Runtime.StartAsync("ticker", correlationId: "TICKS");
        for (var i = 0; i < 5; i++) await host.Runtime.RaiseEventAsync("Tick", "TICKS");
        var early = await StateSizeAsync(started.InstanceId);

        for (var i = 0; i < 200; i++) await host.Runtime.RaiseEventAsync("Tick", "TICKS");

        var state = (await host.Instances.GetStateAsync(started.InstanceId, default))!;
        state.Variables["n"]!.GetValue<double>().ShouldBe(205);
        state.Bookmarks.ShouldHaveSingleItem();
        // Only the counter's digits and the journal sequence grow; history lives in the journal, not in the state.
        (await StateSizeAsync(started.InstanceId) - early).ShouldBeLessThan(16);
        var json = WorkflowJson.Serialize(state);
        json.ShouldNotContain("\"queue\"");
        json.ShouldNotContain("\"incidents\"");
        (await host.Instances.GetJournalAsync(started.InstanceId, default)).Count.ShouldBeGreaterThan(205 * 3);
        // One journal row per commit (the start and each of the 205 resumes), each holding that commit's lines.
        (await CountAsync("journal", $"instance_id = '{started.InstanceId}'")).ShouldBe(206);
    }

    private async Task<int> StateSizeAsync(string instanceId) =>
        (int)await ScalarAsync($"SELECT octet_length(state::text) FROM workflows.instances WHERE id = '{instanceId}'");

    private async Task<long> CountAsync(string table, string where) => (long)await ScalarAsync($"SELECT count(*) FROM workflows.{table} WHERE {where}");

    private async Task<object> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())!;
    }
}
