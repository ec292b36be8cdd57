using CallCenter.Workflows.Models;

namespace CallCenter.Benchmarks.Workflows;

/// <summary>The flowcharts the workflow benchmarks run, built in code so they cannot drift from what is measured.</summary>
public static class BenchmarkWorkflows
{
    /// <summary>
    /// 20 nodes, each executed once: Start, 8 SetVariable, If, 9 SetVariable, End. With <paramref name="javaScript"/>,
    /// the If and 5 of the assignments are JavaScript (each evaluation runs in a fresh sandboxed Jint engine).
    /// </summary>
    public static WorkflowDefinition Chain20(bool javaScript)
    {
        var definition = new WorkflowDefinition
        {
            DefinitionId = javaScript ? "bench-chain20-js" : "bench-chain20",
            Name = "20-node chain",
            Variables = [new VariableDefinition { Name = "n", Value = 0 }],
        };
        var nodes = definition.Root.Activities;
        nodes.Add(new ActivityNode { Id = "start", Type = "Start" });
        for (var i = 1; i <= 17; i++)
        {
            var script = javaScript && i % 3 == 0;
            nodes.Add(new ActivityNode
            {
                Id = "s" + i,
                Type = "SetVariable",
                Inputs =
                {
                    ["variable"] = InputValue.Literal("n"),
                    ["value"] = script ? InputValue.JavaScript("variables.n + 1") : InputValue.Literal(i),
                },
            });
            if (i == 8)
                nodes.Add(new ActivityNode
                {
                    Id = "if",
                    Type = "If",
                    Inputs = { ["condition"] = javaScript ? InputValue.JavaScript("variables.n >= 0") : InputValue.Literal(true) },
                });
        }
        nodes.Add(new ActivityNode { Id = "end", Type = "End" });
        for (var i = 0; i < nodes.Count - 1; i++)
            definition.Root.Connections.Add(new Connection
            {
                Source = new ConnectionEndpoint { Activity = nodes[i].Id, Port = nodes[i].Type == "If" ? "True" : "Done" },
                Target = new ConnectionEndpoint { Activity = nodes[i + 1].Id, Port = "In" },
            });
        return definition;
    }

    /// <summary>Start → WaitForEvent("Go", instance correlation) → SetVariable → End: one durable suspend/resume.</summary>
    public static WorkflowDefinition SuspendResume() => new()
    {
        DefinitionId = "bench-suspend-resume",
        Name = "Suspend on a bookmark, resume, complete",
        Variables = [new VariableDefinition { Name = "result" }],
        Root = new FlowchartModel
        {
            Activities =
            [
                new ActivityNode { Id = "start", Type = "Start" },
                new ActivityNode { Id = "wait", Type = "WaitForEvent", Inputs = { ["eventName"] = InputValue.Literal("Go") } },
                new ActivityNode { Id = "set", Type = "SetVariable", Inputs = { ["variable"] = InputValue.Literal("result"), ["value"] = InputValue.Literal("done") } },
                new ActivityNode { Id = "end", Type = "End" },
            ],
            Connections =
            [
                new Connection { Source = new() { Activity = "start" }, Target = new() { Activity = "wait" } },
                new Connection { Source = new() { Activity = "wait" }, Target = new() { Activity = "set" } },
                new Connection { Source = new() { Activity = "set" }, Target = new() { Activity = "end" } },
            ],
        },
    };
}
