using System.Text.Json.Nodes;
using CallCenter.Calendars;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// Waits until the order reaches one of the given states, or until a deadline: the order's SLA (its warning point
/// or the deadline itself, on the business calendar, moved by pauses) and/or a plain duration. Every change of
/// the order resumes the wait, which re-reads the order and waits again if it is not there yet — so a stale or
/// early event can never complete it wrongly.
/// </summary>
[Activity("WaitForWorkOrderState", "WorkOrders", DisplayNameZh = "等待工单状态", DisplayNameEn = "Wait for work order state",
    Outcomes = ["Done", "Timeout", "Cancelled"],
    DescriptionZh = "等待工单到达指定状态之一；到达时限（SLA 预警点/截止，或时长）走“超时”，工单取消走“已取消”。",
    DescriptionEn = "Waits for the order to reach one of the states; Timeout at the deadline (SLA warning/due, or a duration); Cancelled if cancelled.")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "工单", DisplayNameEn = "Work order",
    DescriptionZh = "留空则用变量 workOrderId", DescriptionEn = "Empty: the variable workOrderId")]
[Input("states", "String", UiHint.Text, DisplayNameZh = "目标状态", DisplayNameEn = "States", Required = true,
    DescriptionZh = "逗号分隔，如 Accepted,EnRoute,OnSite", DescriptionEn = "Comma-separated, e.g. Accepted,EnRoute,OnSite")]
[Input("deadline", "String", UiHint.Dropdown, DisplayNameZh = "SLA 时限", DisplayNameEn = "SLA deadline",
    Options = ["None", "ResponseWarning", "Response", "ResolutionWarning", "Resolution"], DefaultValue = "None")]
[Input("timeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "最长等待", DisplayNameEn = "Timeout",
    DescriptionZh = "从开始等待起计（自然时间）", DescriptionEn = "From the start of the wait (wall-clock time)")]
[Output("status", "String", DisplayNameZh = "工单状态", DisplayNameEn = "Order status")]
public sealed class WaitForWorkOrderState : IActivity
{
    private const string TimeoutAtKey = "timeoutAt";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var timeoutAt = context.GetDuration("timeout") is { } t ? context.Time.GetUtcNow() + t : (DateTimeOffset?)null;
        return await CheckAsync(context, timeoutAt, timerFired: false);
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        var timeoutAt = bookmark.Payload?[TimeoutAtKey]?.GetValue<DateTimeOffset?>();
        return await CheckAsync(context, timeoutAt, resumption.Kind == ResumeKind.Timer);
    }

    private static async Task<ActivityResult> CheckAsync(ActivityExecutionContext context, DateTimeOffset? timeoutAt, bool timerFired)
    {
        var id = WorkOrderActivityScope.WorkOrderId(context);
        var targets = (context.GetString("states") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.Parse<WorkOrderStatus>(s, true)).ToHashSet();
        var kind = context.GetString("deadline") ?? "None";
        var now = context.Time.GetUtcNow();
        var (status, slaDue, paused) = await WorkOrderActivityScope.RunAsync(context, async sp =>
        {
            var order = await sp.GetRequiredService<WorkOrderManager>().LoadAsync(id, context.CancellationToken);
            var schedule = await sp.GetRequiredService<BusinessScheduleProvider>().GetAsync(context.CancellationToken);
            return (order.Status, SlaDeadline(kind, order, schedule), order.Sla.IsPaused);
        });
        context.SetOutput("status", status.ToString());
        if (targets.Contains(status)) return ActivityResult.Done();
        if (status == WorkOrderStatus.Cancelled) return ActivityResult.Outcome("Cancelled");

        // While the customer keeps the order waiting the SLA clock stands still: look again in a while.
        var due = paused && kind != "None" ? now.AddMinutes(15) : slaDue;
        if (timeoutAt is { } fixedDue && (due is null || fixedDue < due)) due = fixedDue;
        if (timerFired && due is { } d && d <= now) return ActivityResult.Outcome("Timeout");
        if (due is { } past && past <= now && !timerFired) return ActivityResult.Outcome("Timeout");
        var payload = timeoutAt is null ? null : new JsonObject { [TimeoutAtKey] = timeoutAt };
        return ActivityResult.Suspend(new BookmarkRequest(WorkOrderSignals.EventName, id.ToString(), payload, due));
    }

    private static DateTimeOffset? SlaDeadline(string kind, WorkOrder order, BusinessSchedule schedule)
    {
        var sla = order.Sla;
        if (sla.StartedAt is not { } started) return null;
        var s = SlaCalculator.ScheduleFor(sla, schedule);
        DateTimeOffset? Warning(DateTimeOffset? due) => due is { } d ? s.Add(started, s.BusinessTimeBetween(started, d) * (sla.WarningPercent / 100.0)) : null;
        return kind switch
        {
            "ResponseWarning" => Warning(sla.ResponseDueAt),
            "Response" => sla.ResponseDueAt,
            "ResolutionWarning" => Warning(sla.ResolutionDueAt),
            "Resolution" => sla.ResolutionDueAt,
            _ => null,
        };
    }
}
