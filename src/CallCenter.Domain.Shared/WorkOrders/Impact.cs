namespace CallCenter.WorkOrders;

/// <summary>How many are affected.</summary>
public enum Impact
{
    Household,
    Building,
    Area,
}
