namespace CallCenter.WorkOrders;

public enum WorkOrderType
{
    /// <summary>报修</summary>
    Repair,
    /// <summary>投诉</summary>
    Complaint,
}
