using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Expressions;

/// <summary>Evaluates a script against an instance; may read and (through setVariable/setOutput) write its state.</summary>
public interface IExpressionEvaluator
{
    JsonNode? Evaluate(string script, WorkflowState state, JsonNode? activityInput = null);
}
