namespace CallCenter.WorkOrders;

/// <summary>How far up an order has been escalated; stored as its number (0–3), which the API also shows.</summary>
public enum EscalationLevel
{
    None = 0,
    /// <summary>The station's head (the station's dispatchers are told).</summary>
    StationHead = 1,
    /// <summary>The department (supervisors).</summary>
    Department = 2,
    /// <summary>Company management (administrators); nothing above.</summary>
    Management = 3,
}
