using System.Diagnostics;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Expressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Hosting;

/// <summary>
/// Evaluates a few representative scripts before the node takes work. A process's first Jint evaluation costs about
/// 0.6 s on this hardware (engine construction and the interpreter's JIT), and the evaluation part of it runs under
/// the sandbox's wall-clock limit: on a node that is busy right after a restart — the morning the heat comes on — the
/// first IVR call or test run would wait for it, or even fault on the time limit. A failure here is logged, never fatal:
/// the node then just pays the cost on its first real script.
/// </summary>
public sealed class ExpressionWarmUpService(IExpressionEvaluator evaluator, ILogger<ExpressionWarmUpService> logger) : IHostedService
{
    /// <summary>Member access, string operators, arrow functions over arrays, JSON, dates and a regular expression.</summary>
    public static readonly IReadOnlyList<string> Scripts =
    [
        "variables.status === '已受理' ? 'yes' : 'no'",
        "'结果：' + variables.status + correlationId",
        "variables.items.map(x => x * 2).filter(x => x > 2).length",
        "JSON.stringify({ items: variables.items, at: new Date(0).toISOString() })",
        "/^1\\d{10}$/.test(input.phone)",
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var state = new WorkflowState { InstanceId = "warm-up", DefinitionId = "warm-up", CorrelationId = "warm-up", Input = new JsonObject { ["phone"] = "13800138000" } };
        state.Variables["status"] = "已受理";
        state.Variables["items"] = new JsonArray(1, 2, 3);
        try
        {
            foreach (var script in Scripts) evaluator.Evaluate(script, state);
            logger.LogInformation("JavaScript expressions warmed up in {Elapsed} ms", (int)clock.ElapsedMilliseconds);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "JavaScript warm-up failed; the first script will be slow");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
