using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;

namespace CallCenter.Workflows.Scenarios;

/// <summary>Declared workflow inputs are enforced on start; declared outputs are collected on completion.</summary>
public sealed class ArgumentScenarioTests : IAsyncDisposable
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    [Fact]
    public async Task Should_Refuse_A_Start_Without_A_Required_Input_And_Store_Nothing()
    {
        await _host.PublishAsync("arguments");

        var e = await Should.ThrowAsync<WorkflowInputException>(() => _host.Runtime.StartAsync("arguments", new JsonObject { ["floors"] = 3 }));

        var error = e.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(WorkflowArguments.MissingInput);
        error.Path.ShouldBe("input.phone");
        (await _host.Instances.OrphanedInstancesAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, 10, default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Refuse_Wrongly_Typed_Inputs_Naming_Each_Field()
    {
        await _host.PublishAsync("arguments");

        var e = await Should.ThrowAsync<WorkflowInputException>(() => _host.Runtime.StartAsync("arguments",
            new JsonObject { ["phone"] = 13800138000, ["floors"] = 2.5, ["urgent"] = "yes" }));

        e.Errors.Select(x => (x.Path, x.Code)).ShouldBe([
            ("input.phone", WorkflowArguments.InvalidInputType),
            ("input.floors", WorkflowArguments.InvalidInputType),
            ("input.urgent", WorkflowArguments.InvalidInputType),
        ]);
    }

    [Fact]
    public async Task Should_Collect_Declared_Outputs_From_Scripts_And_Variables_On_Completion()
    {
        await _host.PublishAsync("arguments");

        var outcome = await _host.Runtime.StartAsync("arguments", new JsonObject { ["phone"] = "13800138000", ["floors"] = 4, ["urgent"] = true });

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Output!["greeting"]!.GetValue<string>().ShouldBe("call 13800138000");
        outcome.State.Output!["total"]!.ToJsonString().ShouldBe("8");
        (await _host.Instances.GetStateAsync(outcome.InstanceId, default))!.Output!["greeting"]!.GetValue<string>().ShouldBe("call 13800138000");
    }

    [Fact]
    public async Task Should_Fault_A_Parent_Whose_Child_Input_Does_Not_Fit_With_An_Incident_Naming_The_Field()
    {
        await _host.PublishAsync("arguments");
        var parent = Fixtures.Load("parent");
        parent.DefinitionId = "bad-parent";
        var run = parent.Root.Activities.Single(a => a.Type == "RunWorkflow");
        run.Inputs["workflowDefinitionId"] = Models.InputValue.Literal("arguments");
        run.Inputs["input"] = Models.InputValue.Literal(new JsonObject { ["floors"] = 1 });
        await _host.PublishAsync(parent);

        var outcome = await _host.Runtime.StartAsync("bad-parent");

        outcome.Status.ShouldBe(WorkflowStatus.Faulted);
        outcome.State.Incidents.ShouldNotBeNull().ShouldHaveSingleItem().Message.ShouldContain("input 'phone' is required");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
