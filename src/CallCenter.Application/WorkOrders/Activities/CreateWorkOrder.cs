using System.Text.Json.Nodes;
using CallCenter.Contacts;
using CallCenter.Repositories;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// Makes sure the flow has its work order: takes the one the API created (input workOrderId, the usual start of
/// repair-dispatch) or creates one from the inputs (an IVR self-service repair, a 12345 transfer over HTTP).
/// </summary>
[Activity("CreateWorkOrder", "WorkOrders", DisplayNameZh = "建派工单", DisplayNameEn = "Create work order",
    DescriptionZh = "使用已有工单，或按输入新建工单；把工单号记入变量 workOrderId。",
    DescriptionEn = "Uses the given work order or creates one from the inputs; stores its id in the variable workOrderId.")]
[Input("workOrderId", "String", UiHint.Expression, DisplayNameZh = "已有工单", DisplayNameEn = "Existing work order",
    DefaultSyntax = "JavaScript", DefaultValue = "input.workOrderId")]
[Input("type", "String", UiHint.Dropdown, DisplayNameZh = "类型", DisplayNameEn = "Type", Options = ["Repair", "Complaint"], DefaultValue = "Repair")]
[Input("categoryCode", "String", UiHint.Text, DisplayNameZh = "归档分类编码", DisplayNameEn = "Category code")]
[Input("householdId", "String", UiHint.Expression, DisplayNameZh = "住户", DisplayNameEn = "Household")]
[Input("callerNumber", "String", UiHint.Expression, DisplayNameZh = "来电号码", DisplayNameEn = "Caller number")]
[Input("faultSymptom", "String", UiHint.Expression, DisplayNameZh = "故障现象", DisplayNameEn = "Fault symptom")]
[Input("description", "String", UiHint.Expression, DisplayNameZh = "描述", DisplayNameEn = "Description")]
[Output("workOrderId", "String", DisplayNameZh = "工单 ID", DisplayNameEn = "Work order id")]
[Output("number", "String", DisplayNameZh = "工单号", DisplayNameEn = "Number")]
public sealed class CreateWorkOrder : IActivity
{
    public const string Variable = "workOrderId";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var (id, number) = await WorkOrderActivityScope.RunAsync(context, async sp =>
        {
            var manager = sp.GetRequiredService<WorkOrderManager>();
            var ct = context.CancellationToken;
            if (Guid.TryParse(context.GetString("workOrderId"), out var existingId))
            {
                var existing = await manager.LoadAsync(existingId, ct);
                // The order knows its flow (the board links to the instance); saved here, in the flow's own unit of work.
                if (existing.AttachWorkflow(context.State.InstanceId))
                    await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
                return (existing.Id, existing.Number);
            }
            var code = context.GetString("categoryCode") ?? throw new InvalidOperationException("CreateWorkOrder needs workOrderId or categoryCode.");
            var catalog = await sp.GetRequiredService<DispositionCatalog>().AllAsync(ct);
            var category = catalog.Values.FirstOrDefault(c => c.Code == code) ?? throw new InvalidOperationException($"Unknown category code {code}.");
            var order = await manager.CreateAsync(new CreateWorkOrderDto
            {
                Type = Enum.TryParse<WorkOrderType>(context.GetString("type"), true, out var t) ? t : WorkOrderType.Repair,
                CategoryId = category.Id,
                HouseholdId = Guid.TryParse(context.GetString("householdId"), out var h) ? h : null,
                CallerNumber = context.GetString("callerNumber"),
                FaultSymptom = context.GetString("faultSymptom"),
                Description = context.GetString("description"),
                AutoDispatch = false,
            }, null, ct);
            order.AttachWorkflow(context.State.InstanceId);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
            return (order.Id, order.Number);
        });
        context.SetVariable(Variable, id.ToString());
        context.SetOutput("workOrderId", id.ToString());
        context.SetOutput("number", number);
        return ActivityResult.Done();
    }
}
