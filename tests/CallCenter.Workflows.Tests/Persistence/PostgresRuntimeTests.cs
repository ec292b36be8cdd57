using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;

namespace CallCenter.Workflows.Persistence;

public sealed class PostgresRuntimeTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>, IAsyncLifetime
{
    private WorkflowTestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = db.CreateNode();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Persist_Versions_With_One_Published_And_Keep_Instances_On_Their_Version()
    {
        await _host.PublishAsync("wait-for-event");
        var onV1 = await _host.Runtime.StartAsync("wait-for-event", correlationId: "V-1");
        await _host.PublishAsync("wait-for-event", d => d.Name = "changed");

        var versions = await _host.Runtime.Definitions.ListVersionsAsync("wait-for-event", default);
        versions.Select(v => (v.Version, v.IsPublished)).ShouldBe([(2, true), (1, false)]);
        var resumed = await _host.Runtime.RaiseEventAsync("OrderCompleted", "V-1", new JsonObject { ["by"] = "v1" });
        resumed.ConsumedBy.ShouldNotBeNull().State.DefinitionVersion.ShouldBe(1);
        (await _host.Instances.GetStateAsync(onV1.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Should_Keep_An_Early_Event_In_The_Inbox_Until_Its_Bookmark_Exists()
    {
        await _host.PublishAsync("resume-once");

        var early = await _host.Runtime.RaiseEventAsync("Go", "EARLY", new JsonObject { ["n"] = 1 });
        var outcome = await _host.Runtime.StartAsync("resume-once", correlationId: "EARLY");

        early.ConsumedBy.ShouldBeNull();
        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.ConsumedStimuli.ShouldBe([early.StimulusId!.Value]);
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        journal.Select(j => j.Sequence).ShouldBe(Enumerable.Range(1, journal.Count).Select(i => (long)i));
        journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Continue_Exactly_Once_When_Fifty_Callers_Resume_One_Bookmark_At_Once()
    {
        await _host.PublishAsync("resume-once");
        var started = await _host.Runtime.StartAsync("resume-once", correlationId: "RACE");
        var bookmarkId = started.State.Bookmarks.Single().Id;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => _host.Runtime.ResumeBookmarkAsync(bookmarkId, new JsonObject { ["caller"] = i }))));

        outcomes.Count(o => o.ConsumedBy is not null).ShouldBe(1);
        CountingActivity.CountOf(started.InstanceId, "count").ShouldBe(1);
        var journal = await _host.Instances.GetJournalAsync(started.InstanceId, default);
        journal.Count(j => j.Kind == JournalEventKind.Resumed).ShouldBe(1);
        (await _host.Instances.GetStateAsync(started.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Finished);
    }
}
