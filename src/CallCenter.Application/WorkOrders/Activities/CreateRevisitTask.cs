using CallCenter.Calendars;
using CallCenter.Localization;
using CallCenter.Notifications;
using CallCenter.Permissions;
using CallCenter.Repositories;
using CallCenter.Settings;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// Hands a resolved order to the revisit agents (回访): an inbox task for each with the call-back deadline, and an
/// SMS telling the customer the job is done and a call will follow. The revisit's result comes back through the
/// work-order API (revisit: satisfied → Revisited, not satisfied → Reopened).
/// </summary>
[Activity("CreateRevisitTask", "WorkOrders", DisplayNameZh = "生成回访任务", DisplayNameEn = "Create revisit task",
    DescriptionZh = "通知回访员在时限内回访客户，并短信告知客户。", DescriptionEn = "Asks the revisit agents to call the customer back in time and texts the customer.")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "工单", DisplayNameEn = "Work order",
    DescriptionZh = "留空则用变量 workOrderId", DescriptionEn = "Empty: the variable workOrderId")]
[Input("within", "TimeSpan", UiHint.Duration, DisplayNameZh = "回访时限", DisplayNameEn = "Call back within", DefaultValue = "24h")]
[Input("smsCustomer", "Boolean", UiHint.Checkbox, DisplayNameZh = "短信告知客户", DisplayNameEn = "Text the customer", DefaultValue = "true")]
[Output("dueAt", "String", DisplayNameZh = "回访截止", DisplayNameEn = "Due")]
public sealed class CreateRevisitTask : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var id = WorkOrderActivityScope.WorkOrderId(context);
        var due = context.Time.GetUtcNow() + (context.GetDuration("within") ?? TimeSpan.FromHours(24));
        var sms = context.GetBool("smsCustomer", true);
        await WorkOrderActivityScope.RunAsync(context, async sp =>
        {
            var order = await sp.GetRequiredService<WorkOrderManager>().LoadAsync(id, context.CancellationToken);
            var notifier = sp.GetRequiredService<Notifier>();
            var dueText = sp.GetRequiredService<CompanyClock>().Format(due, "MM-dd HH:mm");
            await notifier.ToRoleAsync(CallCenterRoles.RevisitAgent, null, "回访 " + order.Number,
                $"{order.Number} {order.ContactName} {order.CallerNumber}：{order.ResolutionNotes ?? order.FaultSymptom}（截止 {dueText}）", order.Id);
            if (sms && order.CallerNumber is { } phone)
                notifier.Sms(phone, order.ContactName, L.Get("Notification:Resolved:Sms", null, order.Number,
                    sp.GetRequiredService<IOptions<CompanyOptions>>().Value.HotlineNumber), order.Id);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(context.CancellationToken);
            return 0;
        });
        context.SetOutput("dueAt", due.ToString("O"));
        return ActivityResult.Done();
    }
}
