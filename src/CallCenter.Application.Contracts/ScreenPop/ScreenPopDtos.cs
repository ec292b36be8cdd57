using CallCenter.Customers;

namespace CallCenter.ScreenPop;

public sealed record ScreenPopHouseholdDto(
    Guid Id,
    string AccountNumber,
    string Name,
    string FullAddress,
    string? StationName,
    string? StationDispatchPhone,
    AccountStatus Status,
    CareFlags CareFlags,
    decimal HeatingAreaM2,
    HeatingType HeatingType);

/// <summary>A past contact with this caller; filled by the contacts feature ([workorders]).</summary>
public sealed record RecentContactDto(Guid Id, DateTimeOffset Time, string Channel, string? Category, string? Summary);

/// <summary>An open work order of one of the caller's households; filled by the work-orders feature.</summary>
public sealed record OpenWorkOrderDto(Guid Id, string Number, string Status, string? Category, DateTimeOffset CreationTime, DateTimeOffset? DueTime);

/// <summary>What the agent sees before saying hello: who is calling, and what is already going on.</summary>
public sealed record ScreenPopDto(
    string CallerNumber,
    string? NormalizedNumber,
    IReadOnlyList<ScreenPopHouseholdDto> Households,
    IReadOnlyList<RecentContactDto> RecentContacts,
    IReadOnlyList<OpenWorkOrderDto> OpenWorkOrders);
