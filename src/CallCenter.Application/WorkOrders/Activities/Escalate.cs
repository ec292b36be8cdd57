using CallCenter.Complaints;
using CallCenter.Repositories;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// Escalates the order one level (or to the given level): station head → department → company management. Records
/// the step, puts the order on the supervision list (督办) with the answer due, and notifies the new owner.
/// </summary>
[Activity("Escalate", "WorkOrders", DisplayNameZh = "升级督办", DisplayNameEn = "Escalate", Outcomes = ["Done", "AtTop"],
    DescriptionZh = "升级一级（站长→部门→公司），记录并加入督办清单、通知负责人；已到最高级走“已到顶”。",
    DescriptionEn = "Escalates one level (station head → department → management), records it, adds a supervision item and notifies; AtTop at the highest level.")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "工单", DisplayNameEn = "Work order",
    DescriptionZh = "留空则用变量 workOrderId", DescriptionEn = "Empty: the variable workOrderId")]
[Input("level", "Number", UiHint.Dropdown, DisplayNameZh = "升级到", DisplayNameEn = "To level", Options = ["", "1", "2", "3"],
    DescriptionZh = "留空为上升一级", DescriptionEn = "Empty: one level up")]
[Input("reason", "String", UiHint.Expression, DisplayNameZh = "原因", DisplayNameEn = "Reason", Required = true)]
[Input("responseWithin", "TimeSpan", UiHint.Duration, DisplayNameZh = "答复时限", DisplayNameEn = "Answer within", DefaultValue = "4h")]
[Output("escalationLevel", "Number", DisplayNameZh = "升级级别", DisplayNameEn = "Escalation level")]
public sealed class Escalate : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var id = WorkOrderActivityScope.WorkOrderId(context);
        var level = int.TryParse(context.GetString("level"), out var l) ? (EscalationLevel)l : (EscalationLevel?)null;
        var reason = context.GetString("reason") is { Length: > 0 } r ? r : "超时升级";
        var due = context.GetDuration("responseWithin") is { } within ? context.Time.GetUtcNow() + within : (DateTimeOffset?)null;
        var reached = await WorkOrderActivityScope.RunAsync<int?>(context, async sp =>
        {
            var order = await sp.GetRequiredService<WorkOrderManager>().LoadAsync(id, context.CancellationToken);
            if ((level ?? order.EscalationLevel + 1) > EscalationLevel.Management || level is { } target && target <= order.EscalationLevel)
                return null;
            await sp.GetRequiredService<ComplaintEscalator>().EscalateAsync(order, level, reason, due, context.CancellationToken);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(context.CancellationToken);
            return (int)order.EscalationLevel;
        });
        if (reached is null) return ActivityResult.Outcome("AtTop");
        context.SetOutput("escalationLevel", reached.Value);
        return ActivityResult.Done();
    }
}
