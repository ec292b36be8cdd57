using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CallCenter.Workflows.Persistence;

/// <summary>Two runtimes (two service providers, as two app nodes would be) over one database.</summary>
public sealed class ConcurrencyTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private WorkflowTestHost _nodeA = null!;
    private WorkflowTestHost _nodeB = null!;

    public Task InitializeAsync()
    {
        _nodeA = db.CreateNode(_time);
        _nodeB = db.CreateNode(_time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    [Fact]
    public async Task Should_Run_Every_Step_Exactly_Once_When_Two_Runtimes_Drain_The_Same_Stimuli()
    {
        await _nodeA.PublishAsync("resume-once");
        var instances = new List<string>();
        for (var i = 0; i < 30; i++)
            instances.Add((await _nodeA.Runtime.StartAsync("resume-once", correlationId: "C" + i)).InstanceId);

        // Every event is raised on both nodes at once: 60 stimuli race for 30 bookmarks.
        await Task.WhenAll(Enumerable.Range(0, 30).SelectMany(i => new[]
        {
            Task.Run(() => _nodeA.Runtime.RaiseEventAsync("Go", "C" + i, new JsonObject { ["node"] = "A" })),
            Task.Run(() => _nodeB.Runtime.RaiseEventAsync("Go", "C" + i, new JsonObject { ["node"] = "B" })),
        }));
        // Then both sweep the inbox together, as their background loops would.
        await Task.WhenAll(Task.Run(() => _nodeA.Runtime.SweepAsync()), Task.Run(() => _nodeB.Runtime.SweepAsync()));

        foreach (var id in instances)
        {
            (await _nodeA.Instances.GetStateAsync(id, default))!.Status.ShouldBe(WorkflowStatus.Finished);
            CountingActivity.CountOf(id, "count").ShouldBe(1);
            var journal = await _nodeB.Instances.GetJournalAsync(id, default);
            journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
            journal.Count(j => j.ActivityId == "count").ShouldBe(1);
        }
        (await CountAsync("SELECT count(*) FROM workflows.stimuli WHERE processed_at IS NOT NULL AND name = 'Go'")).ShouldBe(30);
        (await CountAsync("SELECT count(*) FROM workflows.stimuli WHERE processed_at IS NULL AND name = 'Go'")).ShouldBe(30);
    }

    [Fact]
    public async Task Should_Finish_An_Abandoned_Run_Through_The_Sweeper_Without_Repeating_A_Committed_Step()
    {
        await _nodeA.PublishAsync("crash");

        // A task that ends in an OperationCanceledException is "canceled", so catch rather than Should.ThrowAsync.
        Exception? crash = null;
        try { await _nodeA.Runtime.StartAsync("crash"); }
        catch (OperationCanceledException e) { crash = e; }
        crash.ShouldBeOfType<SimulatedCrashException>();
        var id = await ScalarAsync("SELECT id FROM workflows.instances WHERE definition_id = 'crash'");
        (await _nodeB.Runtime.SweepAsync()).ShouldBe(0); // the lease is still valid: hands off

        _time.Advance(TimeSpan.FromMinutes(3));
        (await _nodeB.Runtime.SweepAsync()).ShouldBeGreaterThan(0);

        var state = await _nodeB.Instances.GetStateAsync(id, default);
        state!.Status.ShouldBe(WorkflowStatus.Finished);
        CountingActivity.CountOf(id, "a").ShouldBe(1);
        CountingActivity.CountOf(id, "b").ShouldBe(1);
        var journal = await _nodeB.Instances.GetJournalAsync(id, default);
        journal.Count(j => j.ActivityId == "a" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
        journal.Count(j => j.ActivityId == "crash" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_The_Commit_Of_A_Node_Whose_Lease_Was_Taken_Over()
    {
        await _nodeA.PublishAsync("resume-once");
        var started = await _nodeA.Runtime.StartAsync("resume-once", correlationId: "STALE");
        var now = _time.GetUtcNow();
        var leasedByA = await _nodeA.Instances.TryLeaseAsync(started.InstanceId, _nodeA.Runtime.NodeId, now, now.AddMinutes(2), default);
        leasedByA.ShouldNotBeNull();
        (await _nodeB.Instances.TryLeaseAsync(started.InstanceId, _nodeB.Runtime.NodeId, now, now.AddMinutes(2), default)).ShouldBeNull();

        _time.Advance(TimeSpan.FromMinutes(3));
        var leasedByB = await _nodeB.Instances.TryLeaseAsync(started.InstanceId, _nodeB.Runtime.NodeId, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(2), default);
        leasedByB.ShouldNotBeNull();
        var stale = await _nodeA.Instances.CommitAsync(new Runtime.InstanceCommit
        {
            State = leasedByA.State,
            Owner = _nodeA.Runtime.NodeId,
            ExpectedRowVersion = leasedByA.RowVersion,
            PreviousBookmarkIds = leasedByA.State.Bookmarks.Select(b => b.Id).ToArray(),
            Now = _time.GetUtcNow(),
        }, default);

        stale.Applied.ShouldBeFalse();
    }

    private async Task<long> CountAsync(string sql) => (long)(await ExecuteScalarAsync(sql))!;

    private async Task<string> ScalarAsync(string sql) => (string)(await ExecuteScalarAsync(sql))!;

    private async Task<object?> ExecuteScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
