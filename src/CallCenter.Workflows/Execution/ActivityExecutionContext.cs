using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Expressions;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>One activity execution: its node, the instance state, input evaluation and output publishing.</summary>
public sealed class ActivityExecutionContext
{
    private readonly IExpressionEvaluator _evaluator;
    private readonly RunResult _result;

    internal ActivityExecutionContext(CompiledWorkflow workflow, ActivityNode node, WorkflowState state, ScheduledStep? step,
        IExpressionEvaluator evaluator, IServiceProvider services, TimeProvider time, RunOptions options, RunResult result,
        CancellationToken cancellationToken)
    {
        Workflow = workflow;
        Node = node;
        State = state;
        Step = step;
        _evaluator = evaluator;
        Services = services;
        Time = time;
        Options = options;
        _result = result;
        CancellationToken = cancellationToken;
    }

    public CompiledWorkflow Workflow { get; }
    public ActivityNode Node { get; }
    public WorkflowState State { get; }
    public ScheduledStep? Step { get; }
    public IServiceProvider Services { get; }
    public TimeProvider Time { get; }
    public RunOptions Options { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The payload of the trigger that started this instance at this activity, if it did.</summary>
    public JsonNode? TriggerPayload => Step?.TriggerPayload;

    public bool HasInput(string name) => Node.Inputs.ContainsKey(name);

    /// <summary>Evaluates an input by its syntax; a missing input is null.</summary>
    public JsonNode? GetInput(string name)
    {
        if (!Node.Inputs.TryGetValue(name, out var input) || input.Value is null) return null;
        return input.Syntax switch
        {
            ExpressionSyntax.JavaScript => _evaluator.Evaluate(input.Value.GetValue<string>(), State),
            ExpressionSyntax.Variable => State.Variables.GetValueOrDefault(input.Value.GetValue<string>())?.DeepClone(),
            _ => input.Value.DeepClone(),
        };
    }

    public string? GetString(string name) => GetInput(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var node => node.ToJsonString(),
    };

    public bool GetBool(string name, bool fallback = false) => GetInput(name) switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) ? b : s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };

    public T? Get<T>(string name)
    {
        var node = GetInput(name);
        return node is null ? default : node.Deserialize<T>(WorkflowJson.Options);
    }

    /// <summary>Durations accept "00:05:00", ISO 8601 ("PT5M"), "5m"/"4h"/"30s", or milliseconds as a number.</summary>
    public TimeSpan? GetDuration(string name)
    {
        var node = GetInput(name);
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue<double>(out var ms)) return TimeSpan.FromMilliseconds(ms);
        return DurationParser.Parse(node is JsonValue s && s.TryGetValue<string>(out var text) ? text : node.ToJsonString());
    }

    public void SetOutput(string name, JsonNode? value)
    {
        State.ActivityOutputs ??= new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (!State.ActivityOutputs.TryGetValue(Node.Id, out var outputs)) State.ActivityOutputs[Node.Id] = outputs = new JsonObject();
        outputs[name] = value;
    }

    public void SetVariable(string name, JsonNode? value) => State.Variables[name] = value;

    public JsonNode? Evaluate(string script, JsonNode? activityInput = null) => _evaluator.Evaluate(script, State, activityInput);

    public void Log(string message) =>
        _result.Journal.Add(new JournalEntry(++State.JournalSequence, Time.GetUtcNow(), Node.Id, Node.Type, JournalEventKind.Log, Message: message));

    /// <summary>Asks the runtime to create a child instance in the same commit; returns its id.</summary>
    public string StartChild(string definitionId, JsonObject? input, string? correlationId)
    {
        var id = Guid.CreateVersion7().ToString();
        _result.ChildStarts.Add(new ChildStart(id, definitionId, input, correlationId));
        return id;
    }

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
