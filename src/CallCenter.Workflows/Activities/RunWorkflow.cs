using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Activities;

/// <summary>
/// Starts the published version of another definition as a child instance. Waiting uses an ordinary bookmark
/// (name "RunWorkflow", key = child id), and the child's completion is an ordinary stimulus, so a sub-workflow
/// survives restarts and crosses nodes like any other wait.
/// </summary>
[Activity("RunWorkflow", "Composition", DisplayNameZh = "运行子流程", DisplayNameEn = "Run workflow",
    DescriptionZh = "启动另一个已发布的流程，可等待其完成。", DescriptionEn = "Starts another published workflow, optionally waiting for it.")]
[Input("workflowDefinitionId", "String", UiHint.Text, DisplayNameZh = "流程定义", DisplayNameEn = "Workflow definition", Required = true)]
[Input("input", "Object", UiHint.Json, DisplayNameZh = "输入", DisplayNameEn = "Input")]
[Input("waitForCompletion", "Boolean", UiHint.Checkbox, DisplayNameZh = "等待完成", DisplayNameEn = "Wait for completion", DefaultValue = "true")]
[Output("output", "Object", DisplayNameZh = "子流程输出", DisplayNameEn = "Child output")]
[Output("instanceId", "String", DisplayNameZh = "子流程实例", DisplayNameEn = "Child instance id")]
public sealed class RunWorkflow : IActivity
{
    public const string BookmarkName = "RunWorkflow";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = context.GetString("workflowDefinitionId") ?? throw new InvalidOperationException("RunWorkflow needs a definition id.");
        var input = context.GetInput("input") as JsonObject;
        if (context.Services.GetService<IWorkflowDefinitionStore>() is { } store)
        {
            var child = await store.GetPublishedAsync(definitionId, context.CancellationToken)
                        ?? throw new InvalidOperationException($"Workflow '{definitionId}' has no published version to run.");
            // A child with a bad input is the parent's fault: its incident names the field, and no child is created.
            if (WorkflowArguments.ValidateInput(child, input) is { Count: > 0 } errors) throw new WorkflowInputException(definitionId, errors);
        }
        var childId = context.StartChild(definitionId, input, context.State.CorrelationId);
        context.SetOutput("instanceId", childId);
        if (!context.GetBool("waitForCompletion", fallback: true)) return ActivityResult.Done();
        return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, childId));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        context.SetOutput("output", resumption.Payload?.DeepClone());
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
