using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

// The contact DTOs travel together, so they share this file (records only, no behaviour).

/// <summary>A node of the disposition tree (归档树); <see cref="Path"/> reads "报修/不热".</summary>
public sealed record DispositionNodeDto(
    Guid Id,
    string Code,
    string Name,
    Guid? ParentId,
    string Path,
    int SortOrder,
    bool IsActive,
    WorkOrderType? OpensWorkOrderType,
    Urgency? DefaultUrgency);

public sealed record CreateUpdateDispositionNodeDto
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid? ParentId { get; init; }
    public int SortOrder { get; init; }
    public bool IsActive { get; init; } = true;
    /// <summary>Set on leaves such as 报修/不热: recording a contact with it offers a work order of this type.</summary>
    public WorkOrderType? OpensWorkOrderType { get; init; }
    public Urgency? DefaultUrgency { get; init; }
}

public sealed record ContactDto(
    Guid Id,
    string Number,
    DateTimeOffset Time,
    ContactChannel Channel,
    Guid? HouseholdId,
    string? HouseholdName,
    string? AccountNumber,
    string? CallerNumber,
    Guid CategoryId,
    string CategoryCode,
    string CategoryPath,
    Guid? AgentId,
    string? AgentName,
    string? Notes,
    bool ResolvedOnFirstContact,
    string? CallId,
    Guid? WorkOrderId,
    string? WorkOrderNumber);

/// <summary>
/// One contact; with <see cref="WorkOrder"/> set the same request also opens a work order (the household page's
/// one form). Household or caller number is required: an unknown caller is recorded by number.
/// </summary>
public sealed record CreateContactDto
{
    public ContactChannel Channel { get; init; }
    public Guid? HouseholdId { get; init; }
    public string? CallerNumber { get; init; }
    public Guid CategoryId { get; init; }
    public string? Notes { get; init; }
    public bool ResolvedOnFirstContact { get; init; }
    /// <summary>The telephony call id when the contact is a call, so reports can join contacts to calls.</summary>
    public string? CallId { get; init; }
    public CreateWorkOrderDto? WorkOrder { get; init; }
}

public sealed record GetContactsInput : Common.PagedRequestDto
{
    public Guid? HouseholdId { get; init; }
    public string? CallerNumber { get; init; }
    public ContactChannel? Channel { get; init; }
    public Guid? CategoryId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
}
