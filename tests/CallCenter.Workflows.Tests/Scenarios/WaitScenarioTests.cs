using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Scenarios;

public sealed class WaitScenarioTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    private ManualTimerScheduler Timers => (ManualTimerScheduler)_host.Services.GetRequiredService<IWorkflowTimerScheduler>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Run_A_Sub_Workflow_And_Continue_With_Its_Output()
    {
        await _host.PublishAsync("child");
        await _host.PublishAsync("parent");

        var outcome = await _host.Runtime.StartAsync("parent");

        var parent = await _host.Instances.GetStateAsync(outcome.InstanceId, default);
        parent!.Status.ShouldBe(WorkflowStatus.Finished);
        parent.Variables["result"]!.GetValue<long>().ShouldBe(42);
        var childId = parent.ActivityOutputs!["run"]["instanceId"]!.GetValue<string>();
        var child = await _host.Instances.GetStateAsync(childId, default);
        child!.Status.ShouldBe(WorkflowStatus.Finished);
        child.ParentInstanceId.ShouldBe(outcome.InstanceId);
    }

    [Fact]
    public async Task Should_Fault_When_The_Sub_Workflow_Is_Not_Published()
    {
        await _host.PublishAsync("parent");

        var outcome = await _host.Runtime.StartAsync("parent");

        outcome.Status.ShouldBe(WorkflowStatus.Faulted);
        outcome.State.Incidents!.Single().Message.ShouldContain("child");
    }

    [Fact]
    public async Task Should_Resume_A_Wait_With_The_Event_Of_Its_Correlation_Only()
    {
        await _host.PublishAsync("wait-for-event");
        var started = await _host.Runtime.StartAsync("wait-for-event", correlationId: "WO-1");
        started.Status.ShouldBe(WorkflowStatus.Suspended);

        var other = await _host.Runtime.RaiseEventAsync("OrderCompleted", "WO-2", new JsonObject { ["by"] = "someone" });
        other.ConsumedBy.ShouldBeNull();
        var mine = await _host.Runtime.RaiseEventAsync("OrderCompleted", "WO-1", new JsonObject { ["by"] = "李师傅" });

        mine.ConsumedBy.ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Finished);
        mine.ConsumedBy.State.Variables["result"]!.GetValue<string>().ShouldBe("completed by 李师傅");
        Timers.Pending.ShouldBeEmpty(); // the deadline timer was cancelled with its bookmark
    }

    [Fact]
    public async Task Should_Deliver_An_Event_That_Arrived_Before_Its_Bookmark()
    {
        await _host.PublishAsync("wait-for-event");

        var early = await _host.Runtime.RaiseEventAsync("OrderCompleted", "WO-9", new JsonObject { ["by"] = "early bird" });
        early.ConsumedBy.ShouldBeNull();
        var outcome = await _host.Runtime.StartAsync("wait-for-event", correlationId: "WO-9");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["result"]!.GetValue<string>().ShouldBe("completed by early bird");
    }

    [Fact]
    public async Task Should_Take_The_Timeout_Port_When_The_Deadline_Passes_First()
    {
        await _host.PublishAsync("wait-for-event");
        var started = await _host.Runtime.StartAsync("wait-for-event", correlationId: "WO-3");
        Timers.Pending.Single().DueAt.ShouldBe(_host.Time.GetUtcNow().AddHours(4));

        _host.Time.Advance(TimeSpan.FromHours(4));
        (await Timers.FireDueAsync(_host.Runtime, _host.Time.GetUtcNow())).ShouldBe(1);
        var late = await _host.Runtime.RaiseEventAsync("OrderCompleted", "WO-3", new JsonObject { ["by"] = "too late" });

        var state = await _host.Instances.GetStateAsync(started.InstanceId, default);
        state!.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["result"]!.GetValue<string>().ShouldBe("timeout");
        late.ConsumedBy.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Resume_A_Delay_When_Its_Timer_Fires_And_Ignore_A_Second_Firing()
    {
        await _host.PublishAsync("delay");
        var started = await _host.Runtime.StartAsync("delay");
        var bookmark = started.State.Bookmarks.Single();
        bookmark.DueAt.ShouldBe(_host.Time.GetUtcNow().AddMinutes(10));

        var first = await _host.Runtime.FireTimerAsync(bookmark.Id);
        var second = await _host.Runtime.FireTimerAsync(bookmark.Id);

        first.ConsumedBy.ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Finished);
        second.ConsumedBy.ShouldBeNull();
        var journal = await _host.Instances.GetJournalAsync(started.InstanceId, default);
        journal.Count(j => j.ActivityId == "after" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Cancel_An_Instance_And_Its_Waits()
    {
        await _host.PublishAsync("wait-for-event");
        var started = await _host.Runtime.StartAsync("wait-for-event", correlationId: "WO-4");

        (await _host.Runtime.CancelAsync(started.InstanceId)).ShouldBeTrue();

        (await _host.Instances.GetStateAsync(started.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Cancelled);
        Timers.Pending.ShouldBeEmpty();
        (await _host.Runtime.RaiseEventAsync("OrderCompleted", "WO-4")).ConsumedBy.ShouldBeNull();
    }
}
