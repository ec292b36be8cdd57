using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;

namespace CallCenter.Workflows.Scenarios;

public sealed class FlowchartScenarioTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Follow_The_Port_Each_Outcome_Selects()
    {
        await _host.PublishAsync("branching");

        var outcome = await _host.Runtime.StartAsync("branching");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["size"]!.GetValue<string>().ShouldBe("big");
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        var completed = journal.Where(j => j.Kind == JournalEventKind.Completed).Select(j => j.ActivityId).ToList();
        completed.ShouldBe(["start", "check", "big", "route", "heating"]);
        journal.Single(j => j.ActivityId == "check" && j.Kind == JournalEventKind.Completed).Outcomes.ShouldBe("True");
    }

    [Fact]
    public async Task Should_Take_The_Other_Branch_And_The_Default_Case_When_Conditions_Fail()
    {
        await _host.PublishAsync("branching", d => d.Variables.Single(v => v.Name == "amount").Value = 1);

        var outcome = await _host.Runtime.StartAsync("branching");

        outcome.State.Variables["size"]!.GetValue<string>().ShouldBe("small");
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        journal.ShouldContain(j => j.ActivityId == "other" && j.Kind == JournalEventKind.Completed);
        journal.ShouldNotContain(j => j.ActivityId == "heating" || j.ActivityId == "big");
    }

    [Fact]
    public async Task Should_Continue_After_A_Wait_All_Join_Only_Once_Every_Branch_Arrived()
    {
        await _host.PublishAsync("join-wait-all");

        var outcome = await _host.Runtime.StartAsync("join-wait-all");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["visits"]!.GetValue<long>().ShouldBe(3);
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        journal.Count(j => j.ActivityId == "join" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
        journal.Single(j => j.ActivityId == "after" && j.Kind == JournalEventKind.Log).Message.ShouldBe("joined after 3");
        // The join must come after the longest branch (c1 → c2).
        journal.First(j => j.ActivityId == "join" && j.Kind == JournalEventKind.Completed).Sequence
            .ShouldBeGreaterThan(journal.Single(j => j.ActivityId == "c2" && j.Kind == JournalEventKind.Completed).Sequence);
    }

    [Fact]
    public async Task Should_Fault_With_An_Incident_When_A_Flowchart_Loop_Passes_The_Step_Limit()
    {
        await _host.PublishAsync("loop");

        var outcome = await _host.Runtime.StartAsync("loop");

        outcome.Status.ShouldBe(WorkflowStatus.Faulted);
        outcome.State.Variables["n"]!.GetValue<long>().ShouldBe(49);
        outcome.State.Incidents!.Single().Message.ShouldContain("step limit");
    }

    [Fact]
    public async Task Should_Retry_A_Faulting_Activity_By_Its_Policy_Then_Continue()
    {
        await _host.PublishAsync("flaky");

        var outcome = await _host.Runtime.StartAsync("flaky");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        journal.Count(j => j.Kind == JournalEventKind.Retried).ShouldBe(2);
        journal.Count(j => j.ActivityId == "first" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
        outcome.State.Incidents.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Record_An_Incident_When_Retries_Run_Out_And_Finish_On_Retry()
    {
        await _host.PublishAsync("flaky", d => d.Root.Activities.Single(a => a.Id == "flaky").Retry = null);

        var faulted = await _host.Runtime.StartAsync("flaky");
        faulted.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = faulted.State.Incidents!.Single();
        incident.ActivityId.ShouldBe("flaky");
        incident.Message.ShouldBe("flaky failure 1");
        incident.At.ShouldBe(_host.Time.GetUtcNow());

        (await _host.Runtime.RetryAsync(faulted.InstanceId)).ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Faulted);
        var finished = await _host.Runtime.RetryAsync(faulted.InstanceId);

        finished.ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await _host.Instances.GetJournalAsync(faulted.InstanceId, default);
        journal.Count(j => j.ActivityId == "first" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
        journal.Count(j => j.ActivityId == "last" && j.Kind == JournalEventKind.Completed).ShouldBe(1);
    }
}
