using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

/// <summary>Waits for a named event with a correlation id; with a timeout, the Timeout port is taken if nothing comes.</summary>
[Activity("WaitForEvent", "Events", SideEffectFree = true, DisplayNameZh = "等待事件", DisplayNameEn = "Wait for event", Outcomes = ["Done", "Timeout"],
    DescriptionZh = "等待一个带关联号的命名事件，可设超时。", DescriptionEn = "Waits for a named event with a correlation id, optionally at most a duration.")]
[Input("eventName", "String", UiHint.Text, DisplayNameZh = "事件名", DisplayNameEn = "Event name", Required = true)]
[Input("correlationId", "String", UiHint.Expression, DisplayNameZh = "关联号", DisplayNameEn = "Correlation id",
    DescriptionZh = "留空则使用实例的关联号", DescriptionEn = "Empty means the instance's correlation id")]
[Input("timeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "超时", DisplayNameEn = "Timeout")]
[Output("payload", "Object", DisplayNameZh = "事件数据", DisplayNameEn = "Event payload")]
public sealed class WaitForEvent : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.GetString("eventName") ?? throw new InvalidOperationException("WaitForEvent needs an event name.");
        var correlation = context.GetString("correlationId") is { Length: > 0 } c ? c : context.State.CorrelationId;
        DateTimeOffset? due = context.GetDuration("timeout") is { } timeout ? context.Time.GetUtcNow() + timeout : null;
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(name, correlation, DueAt: due)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        if (resumption.Kind == ResumeKind.Timer) return ValueTask.FromResult(ActivityResult.Outcome("Timeout"));
        context.SetOutput("payload", resumption.Payload?.DeepClone() ?? new JsonObject());
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
