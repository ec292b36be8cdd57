using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Scheduling;

namespace CallCenter.Workflows.Activities;

[Activity("Timer", "Timers", DisplayNameZh = "定时", DisplayNameEn = "Timer",
    DescriptionZh = "等到下一个符合 cron 表达式的时刻（UTC）。", DescriptionEn = "Waits for the next time a cron expression (UTC) matches.")]
[Input("cron", "String", UiHint.Text, DisplayNameZh = "Cron 表达式", DisplayNameEn = "Cron expression", Required = true,
    DescriptionZh = "分 时 日 月 周，例如 0 8 * * 1-5", DescriptionEn = "minute hour day month weekday, e.g. 0 8 * * 1-5")]
public sealed class Timer : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var cron = CronExpression.Parse(context.GetString("cron") ?? throw new InvalidOperationException("Timer needs a cron expression."));
        var due = cron.Next(context.Time.GetUtcNow());
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("Timer", context.State.InstanceId + ":" + context.Node.Id, DueAt: due)));
    }
}
