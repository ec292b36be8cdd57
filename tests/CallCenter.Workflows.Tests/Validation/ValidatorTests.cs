using CallCenter.Workflows.Models;
using CallCenter.Workflows.Support;
using CallCenter.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Validation;

/// <summary>One test per malformed-definition class; each checks the code and that the error points at the culprit.</summary>
public sealed class ValidatorTests : IAsyncDisposable
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    private IReadOnlyList<ValidationError> Validate(Action<WorkflowDefinition> breakIt)
    {
        var definition = Fixtures.Load("branching");
        breakIt(definition);
        return _host.Services.GetRequiredService<WorkflowValidator>().Validate(definition);
    }

    [Fact]
    public void Should_Accept_Every_Shipped_Fixture()
    {
        var validator = _host.Services.GetRequiredService<WorkflowValidator>();
        foreach (var name in new[] { "branching", "join-wait-all", "javascript", "parent", "child", "wait-for-event", "delay", "loop", "flaky" })
            validator.Validate(Fixtures.Load(name)).ShouldBeEmpty(name);
    }

    [Fact]
    public void Should_Report_An_Unknown_Activity_Type()
    {
        var error = Validate(d => d.Root.Activities[2].Type = "SendFax").ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.UnknownActivityType);
        error.ActivityId.ShouldBe("big");
        error.Path.ShouldBe("root.activities[2].type");
    }

    [Fact]
    public void Should_Report_A_Missing_Required_Input()
    {
        var error = Validate(d => d.Root.Activities[1].Inputs.Remove("condition")).ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.MissingRequiredInput);
        error.ActivityId.ShouldBe("check");
        error.Path.ShouldBe("root.activities[1].inputs.condition");
    }

    [Fact]
    public void Should_Report_A_Dangling_Connection()
    {
        var errors = Validate(d => d.Root.Connections.Add(new Connection
        {
            Source = new ConnectionEndpoint { Activity = "heating", Port = "Done" },
            Target = new ConnectionEndpoint { Activity = "ghost", Port = "In" },
        }));
        var error = errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.DanglingConnection);
        error.Path.ShouldBe("root.connections[8].target");
        error.Message.ShouldContain("ghost");
    }

    [Fact]
    public void Should_Report_An_Unknown_Port()
    {
        var error = Validate(d => d.Root.Connections[1].Source.Port = "Maybe").ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.UnknownPort);
        error.ActivityId.ShouldBe("check");
    }

    [Fact]
    public void Should_Report_An_Unreachable_Activity()
    {
        var error = Validate(d => d.Root.Activities.Add(new ActivityNode
        {
            Id = "island",
            Type = "Log",
            Inputs = { ["message"] = InputValue.Literal("alone") },
        })).ShouldHaveSingleItem();
        error.Code.ShouldBe(ValidationCodes.UnreachableActivity);
        error.ActivityId.ShouldBe("island");
    }

    [Fact]
    public void Should_Report_A_Flowchart_Without_Start()
    {
        var errors = Validate(d =>
        {
            d.Root.Activities.RemoveAll(a => a.Type == "Start");
            d.Root.Connections.RemoveAll(c => c.Source.Activity == "start");
            d.Root.Connections.Add(new Connection { Source = new() { Activity = "other" }, Target = new() { Activity = "check" } });
        });
        errors.ShouldContain(e => e.Code == ValidationCodes.NoStart);
    }

    [Fact]
    public void Should_Report_A_Duplicate_Activity_Id()
    {
        var errors = Validate(d => d.Root.Activities[7].Id = "water");
        var error = errors.Single(e => e.Code == ValidationCodes.DuplicateActivityId);
        error.ActivityId.ShouldBe("water");
        error.Path.ShouldBe("root.activities[7].id");
    }

    [Fact]
    public void Should_Report_An_Unknown_Syntax_And_An_Unknown_Variable()
    {
        var errors = Validate(d =>
        {
            d.Root.Activities[1].Inputs["condition"].Syntax = "Python";
            d.Root.Activities[2].Inputs["value"] = new InputValue { Syntax = ExpressionSyntax.Variable, Value = "nope" };
        });
        errors.Select(e => e.Code).ShouldBe([ValidationCodes.UnknownSyntax, ValidationCodes.UnknownVariable], ignoreOrder: true);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
