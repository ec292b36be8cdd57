using CallCenter.Voice.Activities;
using CallCenter.Workflows;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>
/// A node wired without the business calendar must not silently answer "open" (callers routed to an empty
/// room at night): the activity takes Closed and leaves an unresolved incident on the instance for the operator.
/// The engine runs in memory: the point is the activity's decision, not storage.
/// </summary>
public sealed class CheckBusinessHoursWithoutCalendarTests
{
    private const string Flow = """
        {
          "definitionId": "hours-only",
          "name": "Business hours only",
          "variables": [ { "name": "port", "type": "String" } ],
          "root": {
            "type": "Flowchart",
            "id": "flowchart1",
            "activities": [
              { "id": "start", "type": "Start" },
              { "id": "hours", "type": "CheckBusinessHours" },
              { "id": "open", "type": "SetVariable", "inputs": { "variable": { "syntax": "Literal", "value": "port" }, "value": { "syntax": "Literal", "value": "Open" } } },
              { "id": "closed", "type": "SetVariable", "inputs": { "variable": { "syntax": "Literal", "value": "port" }, "value": { "syntax": "Literal", "value": "Closed" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "hours", "port": "In" } },
              { "source": { "activity": "hours", "port": "Open" }, "target": { "activity": "open", "port": "In" } },
              { "source": { "activity": "hours", "port": "Closed" }, "target": { "activity": "closed", "port": "In" } }
            ]
          }
        }
        """;

    [Fact]
    public async Task Should_Fail_Closed_With_An_Incident_When_No_Calendar_Is_Registered()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCallCenterWorkflowEngine();
        services.AddWorkflowActivity<CheckBusinessHours>();
        await using var provider = services.BuildServiceProvider();
        var definitions = provider.GetRequiredService<WorkflowDefinitionService>();
        var draft = await definitions.SaveDraftAsync(WorkflowJson.ParseDefinition(Flow));
        await definitions.PublishAsync(draft.DefinitionId, draft.Version);

        var outcome = await provider.GetRequiredService<WorkflowRuntime>().StartAsync("hours-only");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["port"]!.GetValue<string>().ShouldBe("Closed");
        var incident = outcome.State.Incidents.ShouldNotBeNull().ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("hours");
        incident.Resolved.ShouldBeFalse();
        incident.Message.ShouldContain("No business calendar");
    }
}
