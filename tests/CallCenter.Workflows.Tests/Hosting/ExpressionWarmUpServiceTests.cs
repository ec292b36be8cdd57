using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Expressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Workflows.Hosting;

public sealed class ExpressionWarmUpServiceTests
{
    [Fact]
    public async Task Should_Run_Every_Warm_Up_Script_Through_The_Sandboxed_Evaluator_Without_An_Error()
    {
        var evaluator = new RecordingEvaluator(new JavaScriptEvaluator());
        var logger = new ListLogger();

        await new ExpressionWarmUpService(evaluator, logger).StartAsync(CancellationToken.None);

        // A script that threw would stop the warm-up early and leave the rest of the interpreter cold.
        evaluator.Results.Select(r => r.Script).ShouldBe(ExpressionWarmUpService.Scripts);
        evaluator.Results[0].Result!.GetValue<string>().ShouldBe("yes");
        evaluator.Results[2].Result!.GetValue<long>().ShouldBe(2);
        evaluator.Results[4].Result!.GetValue<bool>().ShouldBeTrue();
        logger.Levels.ShouldBe([LogLevel.Information]);
    }

    [Fact]
    public async Task Should_Let_The_Node_Start_When_The_Warm_Up_Fails()
    {
        var logger = new ListLogger();

        await new ExpressionWarmUpService(new ThrowingEvaluator(), logger).StartAsync(CancellationToken.None);

        logger.Levels.ShouldBe([LogLevel.Warning]);
    }

    private sealed class RecordingEvaluator(IExpressionEvaluator inner) : IExpressionEvaluator
    {
        public List<(string Script, JsonNode? Result)> Results { get; } = [];

        public JsonNode? Evaluate(string script, WorkflowState state, JsonNode? activityInput = null)
        {
            var result = inner.Evaluate(script, state, activityInput);
            Results.Add((script, result));
            return result;
        }
    }

    private sealed class ThrowingEvaluator : IExpressionEvaluator
    {
        public JsonNode? Evaluate(string script, WorkflowState state, JsonNode? activityInput = null) =>
            throw new ExpressionException("Script stopped by the sandbox (TimeoutException): too slow", new TimeoutException());
    }

    private sealed class ListLogger : ILogger<ExpressionWarmUpService>
    {
        public List<LogLevel> Levels { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => NullLogger.Instance.BeginScope(state);
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Levels.Add(logLevel);
    }
}
