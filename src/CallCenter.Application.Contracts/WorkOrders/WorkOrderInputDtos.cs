namespace CallCenter.WorkOrders;

// Requests that change a work order (records only, no behaviour).

public sealed record CreateWorkOrderDto
{
    public WorkOrderType Type { get; init; }
    /// <summary>A node of the disposition tree (e.g. 报修/不热).</summary>
    public Guid CategoryId { get; init; }
    public Guid? HouseholdId { get; init; }
    /// <summary>For an unknown caller; any common format, normalized before storing.</summary>
    public string? CallerNumber { get; init; }
    public string? ContactName { get; init; }
    /// <summary>Required for a repair before it can be dispatched (ask the symptom first).</summary>
    public string? FaultSymptom { get; init; }
    public decimal? ReportedIndoorTempC { get; init; }
    public string? Description { get; init; }
    /// <summary>Null: the category's default; a household needing care raises it.</summary>
    public Urgency? Urgency { get; init; }
    public Impact Impact { get; init; } = Impact.Household;
    /// <summary>Where, when there is no household (a street, a building entrance).</summary>
    public string? Location { get; init; }
    /// <summary>Null: the household's station.</summary>
    public Guid? StationId { get; init; }
    /// <summary>Join an open mass incident instead of dispatching alone (see the candidates endpoint).</summary>
    public Guid? ParentWorkOrderId { get; init; }
    /// <summary>False keeps the order in Created (for a dispatcher to review); true routes it to its station at once.</summary>
    public bool AutoDispatch { get; init; } = true;
}

public sealed record GetWorkOrdersInput : Common.PagedRequestDto
{
    /// <summary>Number, household name, account number, caller number or address.</summary>
    public string? Filter { get; init; }
    public Guid? StationId { get; init; }
    /// <summary>Comma-separated statuses, e.g. "Assigned,Accepted".</summary>
    public string? Statuses { get; init; }
    /// <summary>Only orders that are not Closed or Cancelled.</summary>
    public bool? Open { get; init; }
    public WorkOrderPriority? Priority { get; init; }
    public WorkOrderType? Type { get; init; }
    public Guid? TechnicianId { get; init; }
    public Guid? HouseholdId { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>Only orders whose running deadline has passed.</summary>
    public bool? Breached { get; init; }
    /// <summary>Only the children of this mass incident.</summary>
    public Guid? ParentId { get; init; }
    /// <summary>Only mass incidents (orders with children).</summary>
    public bool? MassIncidents { get; init; }
}

public sealed record DispatchWorkOrderDto(Guid? StationId = null, string? Note = null);

public sealed record AssignWorkOrderDto(Guid TechnicianId, string? Note = null);

public sealed record BulkAssignWorkOrdersDto(IReadOnlyList<Guid> WorkOrderIds, Guid TechnicianId);

public sealed record BulkAssignFailureDto(Guid WorkOrderId, string Code, string Message);

public sealed record BulkAssignResultDto(IReadOnlyList<Guid> Assigned, IReadOnlyList<BulkAssignFailureDto> Failed);

public sealed record ReasonDto(string Reason);

public sealed record RevisitWorkOrderDto(bool Satisfied, string? Notes = null);

public sealed record LinkParentDto(Guid ParentWorkOrderId);

public sealed record PartInputDto(string Name, decimal Quantity, string? Unit = null);

/// <summary>
/// One technician action. <see cref="IdempotencyKey"/> is made by the browser once per action (also when queued
/// offline); sending the same key again returns the first result without applying anything.
/// </summary>
public sealed record TechnicianActionDto
{
    public string IdempotencyKey { get; init; } = "";
    public TechnicianAction Action { get; init; }
    /// <summary>Decline, return, pause: why.</summary>
    public string? Reason { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public decimal? IndoorTempC { get; init; }
    public IReadOnlyList<PartInputDto>? Parts { get; init; }
    public string? Note { get; init; }
    public string? ResolutionNotes { get; init; }
    /// <summary>When the action was taken on the phone (it may arrive later from the offline queue).</summary>
    public DateTimeOffset? TakenAt { get; init; }
}

public sealed record TechnicianActionResultDto(WorkOrderDto WorkOrder, bool Replayed);

/// <summary>The customer's signature drawn on a canvas: a data URL "data:image/png;base64,…".</summary>
public sealed record SignatureDto(string IdempotencyKey, string DataUrl, string? SignerName = null);

/// <summary>A stored file handed back to the endpoint to stream.</summary>
public sealed record StoredFileDto(Stream Content, string ContentType, string FileName);
