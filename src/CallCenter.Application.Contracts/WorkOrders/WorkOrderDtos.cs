using CallCenter.Complaints;

namespace CallCenter.WorkOrders;

// The work-order read models travel together, so they share this file (records only, no behaviour).

/// <summary>A row of the dispatcher board, with the SLA countdown of the deadline that currently runs.</summary>
public sealed record WorkOrderListItemDto(
    Guid Id,
    string Number,
    WorkOrderType Type,
    WorkOrderStatus Status,
    WorkOrderPriority Priority,
    Guid CategoryId,
    string CategoryCode,
    string CategoryPath,
    Guid? HouseholdId,
    string? HouseholdName,
    string? Address,
    string? CallerNumber,
    Guid? StationId,
    string? StationName,
    Guid? AssignedTechnicianId,
    string? AssignedTechnicianName,
    string? FaultSymptom,
    DateTimeOffset CreationTime,
    SlaInfoDto Sla,
    Guid? ParentId,
    string? ParentNumber,
    int ChildCount,
    ComplaintLevel? ComplaintLevel,
    int EscalationLevel);

/// <summary>
/// The running deadline: response (until accepted), then resolution (until resolved). <see cref="PercentUsed"/> is
/// business time used over business time allowed (0–100+); the board colours it at <see cref="WarningPercent"/> and 100.
/// </summary>
public sealed record SlaInfoDto(
    SlaState State,
    DateTimeOffset? ResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? CurrentDueAt,
    decimal? PercentUsed,
    int WarningPercent,
    bool RoundTheClock,
    bool Paused,
    DateTimeOffset? PausedSince);

public sealed record WorkOrderDto(
    Guid Id,
    string Number,
    WorkOrderType Type,
    WorkOrderStatus Status,
    WorkOrderPriority Priority,
    Urgency Urgency,
    Impact Impact,
    Guid CategoryId,
    string CategoryCode,
    string CategoryPath,
    Guid? HouseholdId,
    string? HouseholdName,
    string? AccountNumber,
    string? Address,
    string? CallerNumber,
    string? ContactName,
    Guid? ContactId,
    Guid? StationId,
    string? StationName,
    Guid? AssignedTechnicianId,
    string? AssignedTechnicianName,
    string? FaultSymptom,
    decimal? ReportedIndoorTempC,
    decimal? MeasuredIndoorTempC,
    string? Description,
    string? ResolutionNotes,
    string? CancelReason,
    double? ArrivalLatitude,
    double? ArrivalLongitude,
    DateTimeOffset CreationTime,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    bool? CustomerSatisfied,
    bool HasSignature,
    SlaInfoDto Sla,
    Guid? ParentId,
    string? ParentNumber,
    ComplaintLevel? ComplaintLevel,
    int EscalationLevel,
    string? WorkflowInstanceId,
    IReadOnlyList<WorkOrderTrigger> AllowedTriggers,
    IReadOnlyList<WorkOrderPartDto> Parts,
    IReadOnlyList<WorkOrderPhotoDto> Photos,
    IReadOnlyList<WorkOrderTransitionDto> Transitions,
    IReadOnlyList<WorkOrderChildDto> Children,
    IReadOnlyList<ComplaintEscalationDto> Escalations,
    string ConcurrencyStamp);

/// <summary>One audited state change: who moved the order (user name, and the person's name to show), when, why.</summary>
public sealed record WorkOrderTransitionDto(
    Guid Id, WorkOrderStatus From, WorkOrderStatus To, WorkOrderTrigger Trigger, string? Reason, Guid? UserId, string? UserName, DateTimeOffset Time,
    string? UserDisplayName = null);

public sealed record WorkOrderPartDto(string Name, decimal Quantity, string? Unit);

/// <summary>A photo's metadata; the file itself is served by <see cref="Url"/>.</summary>
public sealed record WorkOrderPhotoDto(
    Guid Id, string FileName, string ContentType, long SizeBytes, int? Width, int? Height, DateTimeOffset UploadedAt, string? UploadedBy, string Url);

/// <summary>An order linked to a mass incident (its parent): dispatched with it, closed with it.</summary>
public sealed record WorkOrderChildDto(Guid Id, string Number, WorkOrderStatus Status, Guid? HouseholdId, string? HouseholdName, string? Address);

public sealed record ComplaintEscalationDto(
    Guid Id, ComplaintLevel? FromLevel, ComplaintLevel ToLevel, int EscalationLevel, string Reason, DateTimeOffset Time, string? UserName, DateTimeOffset? DueAt,
    string? UserDisplayName = null);

/// <summary>An open order for the same building (or station) and category within the window: offered as the parent.</summary>
public sealed record MassIncidentCandidateDto(
    Guid Id, string Number, WorkOrderStatus Status, string CategoryPath, string? Address, string? StationName, DateTimeOffset CreationTime, int ChildCount, bool SameBuilding);

/// <summary>A technician with their open workload, so the dispatcher can spread the jobs.</summary>
public sealed record TechnicianWorkloadDto(Guid UserId, string UserName, string DisplayName, Guid? StationId, string? StationName, int OpenJobs, int AcceptedJobs);
