using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;
using Npgsql;

namespace CallCenter.Workflows.Persistence;

/// <summary>
/// ADR 0200 D11: an event whose bookmark resumes only side-effect-free activities is run before any lease and committed
/// in one guarded statement; anything else, and every lost race, takes the leased path through the inbox.
/// </summary>
public sealed class OptimisticResumeTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>, IAsyncLifetime
{
    private WorkflowTestHost _nodeA = null!;
    private WorkflowTestHost _nodeB = null!;

    public Task InitializeAsync()
    {
        _nodeA = db.CreateNode();
        _nodeB = db.CreateNode(_nodeA.Time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    [Fact]
    public async Task Should_Resume_A_Side_Effect_Free_Wait_Without_Storing_The_Event()
    {
        await _nodeA.PublishAsync("wait-for-event");
        var started = await _nodeA.Runtime.StartAsync("wait-for-event", correlationId: "OPT-1");
        (await ScalarAsync<bool>($"SELECT side_effect_free FROM workflows.bookmarks WHERE instance_id = '{started.InstanceId}'")).ShouldBeTrue();

        var raised = await _nodeB.Runtime.RaiseEventAsync("OrderCompleted", "OPT-1", new JsonObject { ["by"] = "agent 7" });

        raised.StimulusId.ShouldBeNull(); // never stored: the optimistic path
        var state = raised.ConsumedBy.ShouldNotBeNull().State;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["result"]!.GetValue<string>().ShouldBe("completed by agent 7");
        (await ScalarAsync<long>("SELECT count(*) FROM workflows.stimuli WHERE correlation_id = 'OPT-1'")).ShouldBe(0);
        (await ScalarAsync<long>($"SELECT count(*) FROM workflows.bookmarks WHERE instance_id = '{started.InstanceId}'")).ShouldBe(0);
        (await ScalarAsync<string>($"SELECT coalesce(lease_owner, 'none') FROM workflows.instances WHERE id = '{started.InstanceId}'")).ShouldBe("none");
        var journal = await _nodeA.Instances.GetJournalAsync(started.InstanceId, default);
        journal.Select(j => j.Sequence).ShouldBe(Enumerable.Range(1, journal.Count).Select(i => (long)i));
        journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
        journal.Last().Kind.ShouldBe(JournalEventKind.WorkflowFinished);
    }

    [Fact]
    public async Task Should_Lease_And_Store_The_Event_When_The_Resume_Has_A_Side_Effect()
    {
        await _nodeA.PublishAsync("resume-once"); // WaitForEvent → Test.Count, which is not side-effect free
        var started = await _nodeA.Runtime.StartAsync("resume-once", correlationId: "SIDE-1");
        (await ScalarAsync<bool>($"SELECT side_effect_free FROM workflows.bookmarks WHERE instance_id = '{started.InstanceId}'")).ShouldBeFalse();

        var raised = await _nodeB.Runtime.RaiseEventAsync("Go", "SIDE-1", new JsonObject { ["n"] = 1 });

        raised.ConsumedBy.ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Finished);
        raised.ConsumedBy.ConsumedStimuli.ShouldBe([raised.StimulusId.ShouldNotBeNull()]);
        CountingActivity.CountOf(started.InstanceId, "count").ShouldBe(1);
        (await ScalarAsync<string>($"SELECT consumed_by FROM workflows.stimuli WHERE id = {raised.StimulusId}")).ShouldBe(started.InstanceId);
    }

    [Fact]
    public async Task Should_Continue_Exactly_Once_When_Fifty_Callers_On_Two_Nodes_Resume_A_Side_Effect_Free_Bookmark()
    {
        await _nodeA.PublishAsync("wait-for-event");
        var started = await _nodeA.Runtime.StartAsync("wait-for-event", correlationId: "RACE-OPT");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            (i % 2 == 0 ? _nodeA : _nodeB).Runtime.RaiseEventAsync("OrderCompleted", "RACE-OPT", new JsonObject { ["by"] = $"caller {i}" }))));

        var winner = outcomes.Where(o => o.ConsumedBy is not null).ShouldHaveSingleItem();
        var state = (await _nodeA.Instances.GetStateAsync(started.InstanceId, default))!;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["result"]!.GetValue<string>().ShouldBe(winner.ConsumedBy!.State.Variables["result"]!.GetValue<string>());
        var journal = await _nodeA.Instances.GetJournalAsync(started.InstanceId, default);
        journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
        journal.Count(j => j.ActivityId == "done").ShouldBe(1);
        // Every loser is kept in the inbox for a later bookmark, as an event that found none would be.
        (await ScalarAsync<long>("SELECT count(*) FROM workflows.stimuli WHERE correlation_id = 'RACE-OPT' AND processed_at IS NULL")).ShouldBe(49);
    }

    [Fact]
    public async Task Should_Not_Overtake_An_Event_Already_Waiting_In_The_Inbox()
    {
        await _nodeA.PublishAsync("wait-for-event");
        var started = await _nodeA.Runtime.StartAsync("wait-for-event", correlationId: "FIFO");
        var now = _nodeA.Time.GetUtcNow();
        // Another node holds the instance while the first event arrives, then lets go without looking in the inbox.
        (await _nodeA.Instances.TryLeaseAsync(started.InstanceId, "busy-node", now, now.AddMinutes(2), default)).ShouldNotBeNull();
        var first = await _nodeB.Runtime.RaiseEventAsync("OrderCompleted", "FIFO", new JsonObject { ["by"] = "first" });
        first.ConsumedBy.ShouldBeNull();
        await _nodeA.Instances.ReleaseAsync(started.InstanceId, "busy-node", default);

        var second = await _nodeB.Runtime.RaiseEventAsync("OrderCompleted", "FIFO", new JsonObject { ["by"] = "second" });

        // The optimistic commit saw the first event waiting and stood back; the leased path resumed with the first.
        second.ConsumedBy.ShouldBeNull();
        var state = (await _nodeA.Instances.GetStateAsync(started.InstanceId, default))!;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["result"]!.GetValue<string>().ShouldBe("completed by first");
        (await ScalarAsync<string>($"SELECT consumed_by FROM workflows.stimuli WHERE id = {first.StimulusId}")).ShouldBe(started.InstanceId);
        (await ScalarAsync<long>($"SELECT count(*) FROM workflows.stimuli WHERE id = {second.StimulusId} AND processed_at IS NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Never_Resume_Optimistically_When_The_Runtime_Is_Told_Not_To()
    {
        await using var leasedOnly = db.CreateNode(_nodeA.Time, options: o => o.OptimisticResume = false);
        await leasedOnly.PublishAsync("wait-for-event");
        await leasedOnly.Runtime.StartAsync("wait-for-event", correlationId: "LEASED-1");

        var raised = await leasedOnly.Runtime.RaiseEventAsync("OrderCompleted", "LEASED-1", new JsonObject { ["by"] = "x" });

        raised.ConsumedBy.ShouldNotBeNull().ConsumedStimuli.ShouldBe([raised.StimulusId.ShouldNotBeNull()]);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
