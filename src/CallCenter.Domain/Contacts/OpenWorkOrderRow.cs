using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

/// <summary>An open work order as the screen pop lists it (see <see cref="ICallerScreenLookup"/>).</summary>
public sealed record OpenWorkOrderRow(
    Guid Id, string Number, WorkOrderStatus Status, Guid CategoryId, DateTimeOffset CreationTime,
    DateTimeOffset? ResponseDueAt, DateTimeOffset? ResolutionDueAt)
{
    /// <summary>The deadline the order is working against now (see <see cref="SlaCalculator.CurrentDue"/>).</summary>
    public DateTimeOffset? CurrentDue => SlaCalculator.CurrentDue(Status, ResponseDueAt, ResolutionDueAt);
}
