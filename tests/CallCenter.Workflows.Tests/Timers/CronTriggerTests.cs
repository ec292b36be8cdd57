using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using CallCenter.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CallCenter.Workflows.Timers;

/// <summary>
/// A published workflow whose entry is a Timer starts once per cron occurrence, on real Hangfire servers over
/// PostgreSQL. Hangfire schedules by the wall clock, so the engine's clock is set to now and the cron has seconds.
/// </summary>
public sealed class CronTriggerTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Should_Start_Once_Per_Occurrence_With_Two_Hangfire_Servers_And_Stop_When_Unpublished()
    {
        await using var a = HangfireNode.Start(db, _time, "cron-a");
        await using var b = HangfireNode.Start(db, _time, "cron-b");
        await a.Host.PublishAsync("cron-trigger");
        (await ScalarAsync<long>("SELECT count(*) FROM workflows.triggers WHERE definition_id = 'cron-trigger' AND job_id IS NOT NULL")).ShouldBe(1);

        (await Eventually.TrueAsync(async () => (await InstancesAsync()).Count >= 3)).ShouldBeTrue();
        await b.Host.Definitions.UnpublishAsync("cron-trigger");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a firing already running when we unpublished may still commit
        var fired = await InstancesAsync();
        (await Eventually.TrueAsync(async () => (await InstancesAsync()).All(i => i.Status == "Finished"))).ShouldBeTrue();

        (await ScalarAsync<long>("SELECT count(*) FROM workflows.triggers WHERE definition_id = 'cron-trigger'")).ShouldBe(0);
        foreach (var (id, _, _) in fired)
        {
            CountingActivity.CountOf(id, "after").ShouldBe(1, $"instance {id} ran its step more than once");
        }
        var occurrences = fired.Select(f => f.Occurrence).Order().ToList();
        occurrences.Distinct().Count().ShouldBe(fired.Count);
        // No occurrence skipped or doubled between the first and the last.
        occurrences.Zip(occurrences.Skip(1), (x, y) => y - x).ShouldAllBe(gap => gap == TimeSpan.FromSeconds(2));

        await Task.Delay(TimeSpan.FromSeconds(4)); // two more periods: nothing may start after unpublishing
        (await InstancesAsync()).Count.ShouldBe(fired.Count);
    }

    [Fact]
    public async Task Should_Fire_An_Occurrence_Scheduled_Before_A_Restart_After_It()
    {
        var before = HangfireNode.Start(db, _time, "cron-before");
        before.StopServer(); // this node only publishes: no server is up when the first occurrence comes due
        await before.Host.PublishAsync("cron-trigger", d => d.DefinitionId = "cron-restart");
        await before.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        await using var after = HangfireNode.Start(db, _time, "cron-after");

        (await Eventually.TrueAsync(async () => (await InstancesAsync("cron-restart")).Count >= 1)).ShouldBeTrue();
        await after.Host.Definitions.UnpublishAsync("cron-restart");
    }

    [Fact]
    public async Task Should_Start_One_Instance_And_Schedule_One_Next_Occurrence_When_Two_Nodes_Fire_The_Same_Occurrence()
    {
        await using var a = db.CreateNode(_time);
        await using var b = db.CreateNode(_time);
        await a.PublishAsync("cron-trigger", d => d.DefinitionId = "cron-race");
        var trigger = (await a.Runtime.Definitions.GetTriggersAsync("cron-race", default)).ShouldHaveSingleItem();
        var occurrence = trigger.DueAt!.Value;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).Runtime.FireTriggerAsync(trigger.Id, occurrence))));

        var started = outcomes.Where(o => o is not null).ShouldHaveSingleItem()!;
        CountingActivity.CountOf(started.InstanceId, "after").ShouldBe(1);
        (await InstancesAsync("cron-race")).ShouldHaveSingleItem().Occurrence.ShouldBe(occurrence);
        var advanced = (await a.Runtime.Definitions.GetTriggerAsync(trigger.Id, default))!;
        advanced.DueAt.ShouldBe(occurrence.AddSeconds(2));
        // Each node's in-memory scheduler got the next occurrence at most once between them.
        var scheduled = new[] { a, b }.Sum(n => ((ManualTimerScheduler)n.Services.GetRequiredService<IWorkflowTimerScheduler>())
            .PendingTriggers.Count(t => t.Occurrence == advanced.DueAt));
        scheduled.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_To_Publish_A_Timer_Start_Without_A_Usable_Cron()
    {
        await using var host = db.CreateNode(_time);
        var bad = Fixtures.Load("cron-trigger");
        bad.DefinitionId = "cron-bad";
        bad.Root.Activities[0].Inputs["cron"].Value = "61 * * * *";

        var error = (await Should.ThrowAsync<Management.WorkflowValidationException>(() => host.PublishAsync(bad))).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.InvalidTrigger);
        error.ActivityId.ShouldBe("tick");
        (await host.Runtime.Definitions.GetPublishedAsync("cron-bad", default)).ShouldBeNull();
    }

    private async Task<List<(string Id, DateTimeOffset Occurrence, string Status)>> InstancesAsync(string definitionId = "cron-trigger")
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT id, coalesce(state #>> '{activityOutputs,tick,occurrence}', state #>> '{queue,0,triggerPayload,occurrence}')::timestamptz,
                   status FROM workflows.instances
            WHERE definition_id = @d
            """, connection);
        command.Parameters.AddWithValue("d", definitionId);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(string, DateTimeOffset, string)>();
        while (await reader.ReadAsync()) list.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
        return list;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is T t ? t : (T)Convert.ChangeType(value!, typeof(T));
    }
}
