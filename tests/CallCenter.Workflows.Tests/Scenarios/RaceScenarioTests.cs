using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Scenarios;

public sealed class RaceScenarioTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    private ManualTimerScheduler Timers => (ManualTimerScheduler)_host.Services.GetRequiredService<IWorkflowTimerScheduler>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Continue_Once_After_A_Wait_Any_Join_And_Cancel_The_Losing_Timer()
    {
        await _host.PublishAsync("race-deadline");
        var started = await _host.Runtime.StartAsync("race-deadline", correlationId: "WO-5");
        started.State.Bookmarks.Count.ShouldBe(2);

        var outcome = await _host.Runtime.RaiseEventAsync("Assigned", "WO-5", new JsonObject());

        var state = outcome.ConsumedBy.ShouldNotBeNull().State;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["winner"]!.GetValue<string>().ShouldBe("event");
        Timers.Pending.ShouldBeEmpty();
        CountingActivity.CountOf(started.InstanceId, "after").ShouldBe(1);
    }

    [Fact]
    public async Task Should_Let_The_Clock_Win_When_No_Event_Comes()
    {
        await _host.PublishAsync("race-deadline");
        var started = await _host.Runtime.StartAsync("race-deadline", correlationId: "WO-6");

        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await Timers.FireDueAsync(_host.Runtime, _host.Time.GetUtcNow());
        var late = await _host.Runtime.RaiseEventAsync("Assigned", "WO-6");

        var state = await _host.Instances.GetStateAsync(started.InstanceId, default);
        state!.Status.ShouldBe(WorkflowStatus.Finished);
        state.Variables["winner"]!.GetValue<string>().ShouldBe("clock");
        late.ConsumedBy.ShouldBeNull();
        CountingActivity.CountOf(started.InstanceId, "after").ShouldBe(1);
    }

    [Fact]
    public async Task Should_Wait_For_The_Next_Cron_Occurrence()
    {
        await _host.PublishAsync("cron");
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 1, 9, 20, 0, 0, TimeSpan.Zero)); // a Friday evening

        var started = await _host.Runtime.StartAsync("cron");

        started.State.Bookmarks.Single().DueAt.ShouldBe(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));
        (await Timers.FireDueAsync(_host.Runtime, _host.Time.GetUtcNow())).ShouldBe(1);
        CountingActivity.CountOf(started.InstanceId, "after").ShouldBe(1);
    }
}
