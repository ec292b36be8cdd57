namespace CallCenter.WorkOrders;

/// <summary>A row of the supervision list (督办): a late order, why, who owns it and what answer is required by when.</summary>
public sealed record SupervisionItemDto(
    Guid Id,
    Guid WorkOrderId,
    string WorkOrderNumber,
    WorkOrderType WorkOrderType,
    WorkOrderStatus WorkOrderStatus,
    WorkOrderPriority Priority,
    SupervisionKind Kind,
    string Reason,
    Guid? OwnerStationId,
    string? OwnerStationName,
    string? OwnerName,
    string ResponseRequired,
    DateTimeOffset? ResponseDueAt,
    SupervisionStatus Status,
    string? Response,
    DateTimeOffset? RespondedAt,
    string? RespondedBy,
    int EscalationLevel,
    DateTimeOffset CreationTime);

public sealed record GetSupervisionInput : Common.PagedRequestDto
{
    public SupervisionStatus? Status { get; init; }
    public Guid? StationId { get; init; }
}

public sealed record CreateSupervisionDto(Guid WorkOrderId, string Reason, string ResponseRequired, int? ResponseHours = null);

public sealed record RespondSupervisionDto(string Response);
