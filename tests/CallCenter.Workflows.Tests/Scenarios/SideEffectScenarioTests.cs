using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Scenarios;

/// <summary>Which resumes may run optimistically (ADR 0200 D11), and what stops an optimistic run that meets a side effect.</summary>
public sealed class SideEffectScenarioTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    private WorkflowRunner Runner => _host.Services.GetRequiredService<WorkflowRunner>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Call_A_Resume_Side_Effect_Free_Only_When_Everything_It_Can_Reach_Is()
    {
        await _host.PublishAsync("wait-for-event");
        await _host.PublishAsync("resume-once");

        var pure = await _host.Runtime.GetCompiledAsync("wait-for-event", 1);
        var counting = await _host.Runtime.GetCompiledAsync("resume-once", 1);

        pure.ResumesWithoutSideEffects("wait", Runner.Registry).ShouldBeTrue();
        pure.ResumesWithoutSideEffects("late", Runner.Registry).ShouldBeTrue();
        counting.ResumesWithoutSideEffects("wait", Runner.Registry).ShouldBeFalse(); // Test.Count follows it
        counting.ResumesWithoutSideEffects("nowhere", Runner.Registry).ShouldBeFalse(); // not in the flowchart
        Runner.Registry.Find("Log")!.SideEffectFree.ShouldBeFalse(); // writes to the node's log
        Runner.Registry.Find("WaitForEvent")!.SideEffectFree.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Abandon_An_Optimistic_Run_Before_An_Activity_With_A_Side_Effect_Executes()
    {
        await _host.PublishAsync("resume-once");
        var started = await _host.Runtime.StartAsync("resume-once", correlationId: "SPEC");
        var state = (await _host.Instances.GetStateAsync(started.InstanceId, default))!;
        var workflow = await _host.Runtime.GetCompiledAsync("resume-once", 1);
        var resumption = new Resumption(state.Bookmarks.Single().Id, ResumeKind.Stimulus, new JsonObject());

        await Should.ThrowAsync<SpeculationAbortedException>(
            Runner.RunAsync(workflow, state, [resumption], new RunOptions { SideEffectFreeOnly = true }).AsTask());

        CountingActivity.CountOf(started.InstanceId, "count").ShouldBe(0);
        (await _host.Instances.GetStateAsync(started.InstanceId, default))!.Status.ShouldBe(WorkflowStatus.Suspended);
    }
}
