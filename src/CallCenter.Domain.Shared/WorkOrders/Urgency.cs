namespace CallCenter.WorkOrders;

/// <summary>How soon the customer is hurt (no heat at -25 °C for an elderly person living alone is High).</summary>
public enum Urgency
{
    Low,
    Medium,
    High,
}
