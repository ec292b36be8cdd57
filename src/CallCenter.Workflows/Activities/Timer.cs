using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Scheduling;

namespace CallCenter.Workflows.Activities;

/// <summary>
/// As the entry of a published workflow it is a trigger: one instance per cron occurrence (indexed on publish,
/// scheduled as a timer job, removed on unpublish). Further down a flow it waits for the next occurrence.
/// </summary>
[Activity("Timer", "Timers", SideEffectFree = true, Kind = ActivityKind.Trigger, DisplayNameZh = "定时", DisplayNameEn = "Timer",
    DescriptionZh = "作为起点时按 cron 表达式（UTC）定时启动流程；在流程中则等到下一个符合的时刻。",
    DescriptionEn = "As the entry, starts the workflow on a cron schedule (UTC); inside a flow, waits for the next matching time.")]
[Input("cron", "String", UiHint.Text, DisplayNameZh = "Cron 表达式", DisplayNameEn = "Cron expression", Required = true,
    DescriptionZh = "分 时 日 月 周，例如 0 8 * * 1-5；可在最前加秒字段", DescriptionEn = "minute hour day month weekday, e.g. 0 8 * * 1-5; an optional leading seconds field")]
[Output("occurrence", "DateTime", DisplayNameZh = "触发时刻", DisplayNameEn = "Occurrence")]
public sealed class Timer : IActivity, IScheduledTriggerActivity
{
    public const string TriggerName = "Timer";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TriggerPayload is JsonObject trigger)
        {
            context.SetOutput("occurrence", trigger["occurrence"]?.DeepClone());
            return ValueTask.FromResult(ActivityResult.Done());
        }
        var cron = CronExpression.Parse(context.GetString("cron") ?? throw new InvalidOperationException("Timer needs a cron expression."));
        var due = cron.Next(context.Time.GetUtcNow());
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("Timer", context.State.InstanceId + ":" + context.Node.Id, DueAt: due)));
    }

    /// <summary>Only a literal cron can be scheduled at publish time; an expression is evaluated per run (wait use).</summary>
    public IEnumerable<(string Name, string Key, JsonObject? Payload)> GetTriggers(ActivityNode node)
    {
        if (!node.Inputs.TryGetValue("cron", out var input) || input.Syntax != ExpressionSyntax.Literal
            || input.Value is not JsonValue value || !value.TryGetValue<string>(out var cron))
            throw new FormatException("A Timer that starts the workflow needs a literal cron expression.");
        CronExpression.Parse(cron);
        yield return (TriggerName, node.Id + ":" + cron, new JsonObject { ["cron"] = cron });
    }

    public DateTimeOffset? NextOccurrence(JsonObject? payload, DateTimeOffset after) =>
        CronExpression.Parse(payload?["cron"]?.GetValue<string>() ?? throw new FormatException("The trigger has no cron expression.")).Next(after);
}
