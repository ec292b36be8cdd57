using CallCenter.Notifications;
using CallCenter.Permissions;
using CallCenter.Repositories;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>Puts a message about the order in the outbox: in-app for people, SMS for the customer.</summary>
[Activity("Notify", "WorkOrders", DisplayNameZh = "发送通知", DisplayNameEn = "Notify",
    DescriptionZh = "给维修人员、本站调度、班长、回访员（站内消息）或客户（短信）发送通知。",
    DescriptionEn = "Notifies the technician, the station's dispatchers, supervisors, revisit agents (in-app) or the customer (SMS).")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "工单", DisplayNameEn = "Work order",
    DescriptionZh = "留空则用变量 workOrderId", DescriptionEn = "Empty: the variable workOrderId")]
[Input("to", "String", UiHint.Dropdown, DisplayNameZh = "发给", DisplayNameEn = "To", Required = true,
    Options = ["Technician", "StationDispatchers", "Supervisors", "RevisitAgents", "Customer"], DefaultValue = "StationDispatchers")]
[Input("title", "String", UiHint.Expression, DisplayNameZh = "标题", DisplayNameEn = "Title")]
[Input("body", "String", UiHint.Expression, DisplayNameZh = "内容", DisplayNameEn = "Body", Required = true,
    DescriptionZh = "可用 {number} 代表工单号", DescriptionEn = "{number} stands for the order number")]
[Output("recipients", "Number", DisplayNameZh = "收件人数", DisplayNameEn = "Recipients")]
public sealed class Notify : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var id = WorkOrderActivityScope.WorkOrderId(context);
        var to = context.GetString("to") ?? "StationDispatchers";
        var count = await WorkOrderActivityScope.RunAsync(context, async sp =>
        {
            var order = await sp.GetRequiredService<WorkOrderManager>().LoadAsync(id, context.CancellationToken);
            var notifier = sp.GetRequiredService<Notifier>();
            var body = (context.GetString("body") ?? "").Replace("{number}", order.Number, StringComparison.Ordinal);
            var title = (context.GetString("title") is { Length: > 0 } t ? t : order.Number).Replace("{number}", order.Number, StringComparison.Ordinal);
            var n = 0;
            switch (to)
            {
                case "Technician" when order.AssignedTechnicianId is { } tech:
                    notifier.ToUser(tech, order.AssignedTechnicianName, title, body, order.Id);
                    n = 1;
                    break;
                case "StationDispatchers": n = await notifier.ToRoleAsync(CallCenterRoles.StationDispatcher, order.StationId, title, body, order.Id); break;
                case "Supervisors": n = await notifier.ToRoleAsync(CallCenterRoles.Supervisor, null, title, body, order.Id); break;
                case "RevisitAgents": n = await notifier.ToRoleAsync(CallCenterRoles.RevisitAgent, null, title, body, order.Id); break;
                case "Customer" when order.CallerNumber is { } phone:
                    notifier.Sms(phone, order.ContactName, body, order.Id);
                    n = 1;
                    break;
            }
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(context.CancellationToken);
            return n;
        });
        context.SetOutput("recipients", count);
        return ActivityResult.Done();
    }
}
