namespace CallCenter.WorkOrders;

/// <summary>
/// Allowed business time per type, category (null: any) and priority. The most specific policy wins: category
/// before type-wide. Round-the-clock policies ignore the business calendar (urgent repairs).
/// </summary>
public sealed record SlaPolicyDto(
    Guid Id, WorkOrderType Type, Guid? CategoryId, string? CategoryPath, WorkOrderPriority Priority,
    int ResponseMinutes, int ResolutionMinutes, bool RoundTheClock, int WarningPercent);

public sealed record CreateUpdateSlaPolicyDto
{
    public WorkOrderType Type { get; init; }
    public Guid? CategoryId { get; init; }
    public WorkOrderPriority Priority { get; init; }
    public int ResponseMinutes { get; init; }
    public int ResolutionMinutes { get; init; }
    public bool RoundTheClock { get; init; }
    public int WarningPercent { get; init; } = 80;
}
