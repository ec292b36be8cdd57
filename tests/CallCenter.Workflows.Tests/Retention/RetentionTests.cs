using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Support;
using Npgsql;

namespace CallCenter.Workflows.Retention;

/// <summary>Bounded growth on real PostgreSQL: finished instances, their journal and used inbox rows go after the retention period.</summary>
public sealed class RetentionTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    [Fact]
    public async Task Should_Purge_Old_Finished_Instances_Journal_And_Inbox_Once_Across_Two_Nodes_And_Keep_The_Rest()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        void Retain(Runtime.WorkflowRuntimeOptions o)
        {
            o.RetentionPeriod = TimeSpan.FromDays(7);
            o.RetentionInterval = TimeSpan.FromHours(1);
            o.RetentionBatchSize = 2; // several batches per pass
            o.StimulusTimeToLive = TimeSpan.FromDays(1);
            o.OptimisticResume = false; // every event through the inbox, so there are consumed inbox rows to purge
        }
        await using var a = db.CreateNode(time, options: Retain);
        await using var b = db.CreateNode(time, options: Retain);
        await a.PublishAsync("wait-for-event", d => d.DefinitionId = "retained");
        var finished = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var started = await a.Runtime.StartAsync("retained", correlationId: $"OLD-{i}");
            (await b.Runtime.RaiseEventAsync("OrderCompleted", $"OLD-{i}", new JsonObject { ["by"] = "x" })).ConsumedBy.ShouldNotBeNull();
            finished.Add(started.InstanceId);
        }
        var waiting = await a.Runtime.StartAsync("retained", correlationId: "STILL-WAITING");
        await a.Runtime.RaiseEventAsync("NobodyWaits", "LOST", null); // expires unconsumed after a day
        time.Advance(TimeSpan.FromDays(9));
        var recent = await a.Runtime.StartAsync("retained", correlationId: "RECENT");
        await b.Runtime.RaiseEventAsync("OrderCompleted", "RECENT", null);

        var passes = await Task.WhenAll(Task.Run(() => a.Runtime.PurgeAsync()), Task.Run(() => b.Runtime.PurgeAsync()));

        var ran = passes.Where(p => p is not null).ShouldHaveSingleItem()!;
        ran.Instances.ShouldBe(5);
        ran.Stimuli.ShouldBe(6); // five consumed events and the expired one
        ran.JournalEntries.ShouldBeGreaterThan(5 * 4);
        foreach (var id in finished) (await a.Instances.GetStateAsync(id, default)).ShouldBeNull();
        (await CountAsync("journal", $"instance_id IN ('{string.Join("','", finished)}')")).ShouldBe(0);
        (await a.Instances.GetStateAsync(waiting.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Suspended);
        (await a.Instances.GetStateAsync(recent.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Finished);
        (await CountAsync("journal", $"instance_id = '{waiting.InstanceId}'")).ShouldBeGreaterThan(0);
        (await CountAsync("stimuli", "true")).ShouldBe(1); // RECENT's event, processed today

        (await a.Runtime.PurgeAsync()).ShouldBeNull(); // not again within the interval, on any node
        time.Advance(TimeSpan.FromHours(1));
        (await b.Runtime.PurgeAsync()).ShouldNotBeNull().Instances.ShouldBe(0);
    }

    private async Task<long> CountAsync(string table, string where) => (long)await ScalarAsync($"SELECT count(*) FROM workflows.{table} WHERE {where}");

    private async Task<object> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())!;
    }
}
