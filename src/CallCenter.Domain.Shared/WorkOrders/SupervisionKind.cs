namespace CallCenter.WorkOrders;

/// <summary>Why an order is on the supervision list (督办).</summary>
public enum SupervisionKind
{
    ResponseOverdue,
    ResolutionOverdue,
    ComplaintOverdue,
    Manual,
}
