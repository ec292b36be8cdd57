namespace CallCenter.WorkOrders;

/// <summary>What the caller reported and who and where they are, as taken when the order is opened.</summary>
public sealed record WorkOrderReport(
    Guid? ContactId = null,
    string? CallerNumber = null,
    string? ContactName = null,
    string? Location = null,
    string? Community = null,
    string? Building = null,
    string? FaultSymptom = null,
    decimal? ReportedIndoorTempC = null,
    string? Description = null);
