using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>A part or material the technician used (阀门 1 个, 管件 2 套).</summary>
public sealed class WorkOrderPart : Entity
{
    public Guid WorkOrderId { get; private set; }
    public string Name { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public string? Unit { get; private set; }

    private WorkOrderPart() { }

    public WorkOrderPart(Guid workOrderId, string name, decimal quantity, string? unit)
    {
        WorkOrderId = workOrderId;
        Name = name;
        Quantity = quantity;
        Unit = unit;
    }
}
