namespace CallCenter.WorkOrders;

/// <summary>
/// The deadlines of one order, computed on the business calendar (or round the clock) when the order is created
/// or reopened, and pushed back by the business time spent waiting for the customer.
/// </summary>
public sealed class WorkOrderSla
{
    public Guid? PolicyId { get; set; }
    public bool RoundTheClock { get; set; }
    public int WarningPercent { get; set; } = 80;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? ResponseDueAt { get; set; }
    public DateTimeOffset? ResolutionDueAt { get; set; }
    public DateTimeOffset? PausedAt { get; set; }
    /// <summary>Business time spent paused so far (already added to the deadlines).</summary>
    public TimeSpan PausedTotal { get; set; }
    public DateTimeOffset? ResponseWarnedAt { get; set; }
    public DateTimeOffset? ResolutionWarnedAt { get; set; }
    public DateTimeOffset? ResponseBreachedAt { get; set; }
    public DateTimeOffset? ResolutionBreachedAt { get; set; }

    public bool IsPaused => PausedAt is not null;
}
