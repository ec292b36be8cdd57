using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CallCenter.Workflows.Timers;

/// <summary>
/// Timers through real Hangfire servers on PostgreSQL storage. Hangfire schedules by the wall clock, so the
/// engine's fake clock is set to now and durations are a few seconds.
/// </summary>
public sealed class HangfireTimerTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Should_Fire_A_Delay_Exactly_Once_With_Two_Hangfire_Servers()
    {
        await using var a = HangfireNode.Start(db, _time, "node-a");
        await using var b = HangfireNode.Start(db, _time, "node-b");
        await a.Host.PublishAsync("delay", d => d.Root.Activities.Single(x => x.Id == "delay").Inputs["duration"].Value = "2s");

        var started = await a.Host.Runtime.StartAsync("delay");
        var bookmark = started.State.Bookmarks.Single().Id;

        (await Eventually.TrueAsync(async () => (await b.Host.Instances.GetStateAsync(started.InstanceId, default))!.Status == WorkflowStatus.Finished))
            .ShouldBeTrue();
        var journal = await a.Host.Instances.GetJournalAsync(started.InstanceId, default);
        journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
        journal.Count(j => j.ActivityId == "after" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
        (await TimerStimuliAsync(bookmark)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Take_The_Timeout_Port_Once_When_A_Wait_Deadline_Passes()
    {
        await using var a = HangfireNode.Start(db, _time, "node-a2");
        await using var b = HangfireNode.Start(db, _time, "node-b2");
        await a.Host.PublishAsync("wait-for-event", d => d.Root.Activities.Single(x => x.Id == "wait").Inputs["timeout"].Value = "2s");

        var started = await b.Host.Runtime.StartAsync("wait-for-event", correlationId: "DEADLINE");
        var bookmark = started.State.Bookmarks.Single().Id;

        (await Eventually.TrueAsync(async () => (await a.Host.Instances.GetStateAsync(started.InstanceId, default))!.Status == WorkflowStatus.Finished))
            .ShouldBeTrue();
        var state = await a.Host.Instances.GetStateAsync(started.InstanceId, default);
        state!.Variables["result"]!.GetValue<string>().ShouldBe("timeout");
        (await TimerStimuliAsync(bookmark)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Cancel_The_Deadline_Job_When_The_Event_Comes_First()
    {
        await using var a = HangfireNode.Start(db, _time, "node-a3");
        await a.Host.PublishAsync("wait-for-event", d => d.Root.Activities.Single(x => x.Id == "wait").Inputs["timeout"].Value = "1h");
        var started = await a.Host.Runtime.StartAsync("wait-for-event", correlationId: "EARLY-EVENT");
        var job = await ScalarAsync<string>($"SELECT job_id FROM workflows.bookmarks WHERE instance_id = '{started.InstanceId}'");

        await a.Host.Runtime.RaiseEventAsync("OrderCompleted", "EARLY-EVENT", new System.Text.Json.Nodes.JsonObject { ["by"] = "x" });

        (await ScalarAsync<string>($"SELECT statename FROM hangfire.job WHERE id = {job}")).ShouldBe("Deleted");
    }

    [Fact]
    public async Task Should_Fire_A_Timer_Scheduled_Before_A_Restart_After_It()
    {
        var before = HangfireNode.Start(db, _time, "before-restart");
        await before.Host.PublishAsync("delay", d => d.Root.Activities.Single(x => x.Id == "delay").Inputs["duration"].Value = "5s");
        var started = await before.Host.Runtime.StartAsync("delay");
        started.Status.ShouldBe(WorkflowStatus.Suspended);
        await before.DisposeAsync(); // the only server goes away before the timer is due

        await using var after = HangfireNode.Start(db, _time, "after-restart");

        (await Eventually.TrueAsync(async () => (await after.Host.Instances.GetStateAsync(started.InstanceId, default))!.Status == WorkflowStatus.Finished))
            .ShouldBeTrue();
        (await after.Host.Instances.GetJournalAsync(started.InstanceId, default)).Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
    }

    private async Task<long> TimerStimuliAsync(string bookmarkId) =>
        await ScalarAsync<long>($"SELECT count(*) FROM workflows.stimuli WHERE is_timer AND bookmark_id = '{bookmarkId}'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is T t ? t : (T)Convert.ChangeType(value!, typeof(T));
    }
}
