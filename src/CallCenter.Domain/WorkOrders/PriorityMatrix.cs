using CallCenter.Customers;

namespace CallCenter.WorkOrders;

/// <summary>
/// Priority from urgency × impact (ITIL style). A household that needs care (elderly living alone, disabled,
/// infant, seriously ill) raises urgency one step, and a high-urgency repair for such a household is always
/// Urgent: no heat for an elderly person living alone cannot wait for office hours.
/// </summary>
public static class PriorityMatrix
{
    private const CareFlags Vulnerable = CareFlags.ElderlyLivingAlone | CareFlags.Disabled | CareFlags.Infant | CareFlags.SeriouslyIll;

    private static readonly WorkOrderPriority[,] Table =
    {
        //               Household                 Building                  Area
        /* Low    */ { WorkOrderPriority.Low,    WorkOrderPriority.Normal, WorkOrderPriority.High },
        /* Medium */ { WorkOrderPriority.Normal, WorkOrderPriority.High,   WorkOrderPriority.Urgent },
        /* High   */ { WorkOrderPriority.High,   WorkOrderPriority.Urgent, WorkOrderPriority.Urgent },
    };

    public static (Urgency Urgency, WorkOrderPriority Priority) Compute(Urgency urgency, Impact impact, CareFlags care, WorkOrderType type)
    {
        var vulnerable = (care & Vulnerable) != 0;
        if (vulnerable && urgency < Urgency.High) urgency++;
        var priority = Table[(int)urgency, (int)impact];
        if (vulnerable && urgency == Urgency.High && type == WorkOrderType.Repair) priority = WorkOrderPriority.Urgent;
        return (urgency, priority);
    }
}
