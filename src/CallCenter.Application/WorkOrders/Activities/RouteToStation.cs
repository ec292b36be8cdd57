using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// Routes the order to its household's station (or the given one) and tells the station's dispatchers. An order
/// already at a station passes through unchanged, so the API's immediate dispatch and the flow never collide.
/// </summary>
[Activity("RouteToStation", "WorkOrders", DisplayNameZh = "派到换热站", DisplayNameEn = "Route to station", Outcomes = ["Done", "Failed"],
    DescriptionZh = "把工单派到住户所属换热站（或指定站）；无法派单时走“失败”。",
    DescriptionEn = "Routes the order to the household's (or the given) station; takes Failed when it cannot.")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "工单", DisplayNameEn = "Work order",
    DescriptionZh = "留空则用变量 workOrderId", DescriptionEn = "Empty: the variable workOrderId")]
[Input("stationId", "String", UiHint.Expression, DisplayNameZh = "指定换热站", DisplayNameEn = "Station")]
[Output("stationId", "String", DisplayNameZh = "换热站", DisplayNameEn = "Station")]
[Output("error", "String", DisplayNameZh = "错误", DisplayNameEn = "Error")]
public sealed class RouteToStation : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var id = WorkOrderActivityScope.WorkOrderId(context);
        var (station, error) = await WorkOrderActivityScope.RunAsync<(Guid?, string?)>(context, async sp =>
        {
            var manager = sp.GetRequiredService<WorkOrderManager>();
            var order = await manager.LoadAsync(id, context.CancellationToken);
            if (order.ParentId is not null || order.Status is not (WorkOrderStatus.Created or WorkOrderStatus.Reopened))
                return (order.StationId, (string?)null);
            try
            {
                await manager.DispatchAsync(order, Guid.TryParse(context.GetString("stationId"), out var s) ? s : null, null, context.CancellationToken);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(context.CancellationToken);
                return (order.StationId, null);
            }
            catch (BusinessException e)
            {
                return (order.StationId, e.Code);
            }
        });
        context.SetOutput("stationId", station?.ToString());
        if (error is null) return ActivityResult.Done();
        context.SetOutput("error", error);
        return ActivityResult.Outcome("Failed");
    }
}
