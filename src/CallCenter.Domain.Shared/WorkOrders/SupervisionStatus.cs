namespace CallCenter.WorkOrders;

public enum SupervisionStatus
{
    Open,
    Responded,
    Closed,
}
