namespace CallCenter.WorkOrders;

/// <summary>Where an open order stands against its current deadline (response until accepted, then resolution).</summary>
public enum SlaState
{
    None,
    Ok,
    /// <summary>80 % (configurable) of the allowed business time is used.</summary>
    Warning,
    Breached,
    Paused,
    Met,
}
