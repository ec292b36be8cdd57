using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;

namespace CallCenter.Workflows.Scenarios;

public sealed class ExpressionScenarioTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Evaluate_JavaScript_Over_Variables_Input_And_Correlation_Id()
    {
        await _host.PublishAsync("javascript");

        var outcome = await _host.Runtime.StartAsync("javascript", new JsonObject { ["customer"] = "王芳" }, "WO-7");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["sum"]!.GetValue<long>().ShouldBe(42);
        outcome.State.Variables["greeting"]!.GetValue<string>().ShouldBe("hello 王芳 #WO-7");
        outcome.State.Variables["b"]!.GetValue<long>().ShouldBe(1);
        outcome.State.Variables["copy"]!.GetValue<long>().ShouldBe(42);
        outcome.State.Output!["who"]!.GetValue<string>().ShouldBe("王芳");
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System is not defined")]
    [InlineData("importNamespace('System.IO')", "importNamespace is not defined")]
    [InlineData("while (true) { }", "sandbox")]
    [InlineData("(function f() { return f(); })()", "sandbox")]
    [InlineData("var a = []; while (true) { a.push(new Array(100000).join('x')); }", "sandbox")]
    [InlineData("this.constructor.constructor('return process')()", "process is not defined")]
    public async Task Should_Fault_Cleanly_With_An_Incident_When_A_Script_Tries_To_Escape(string script, string expected)
    {
        await _host.PublishAsync("sandbox", d => d.Root.Activities.Single(a => a.Id == "escape").Inputs["value"].Value = script);

        var outcome = await _host.Runtime.StartAsync("sandbox");

        outcome.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = outcome.State.Incidents!.Single();
        incident.ActivityId.ShouldBe("escape");
        incident.Message.ShouldContain(expected, Case.Insensitive);
        var journal = await _host.Instances.GetJournalAsync(outcome.InstanceId, default);
        journal.ShouldNotContain(j => j.ActivityId == "after");
    }

    [Fact]
    public async Task Should_Keep_Variables_Per_Instance()
    {
        await _host.PublishAsync("join-wait-all");

        var first = await _host.Runtime.StartAsync("join-wait-all");
        var second = await _host.Runtime.StartAsync("join-wait-all");

        first.State.Variables["visits"]!.GetValue<long>().ShouldBe(3);
        second.State.Variables["visits"]!.GetValue<long>().ShouldBe(3);
        (await _host.Instances.GetStateAsync(first.InstanceId, default))!.Variables["visits"]!.GetValue<long>().ShouldBe(3);
    }
}
