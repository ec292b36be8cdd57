namespace CallCenter.Customers;

/// <summary>What the screen pop shows of one household that owns the calling number, station included.</summary>
public sealed record CallerHousehold(
    Guid Id, string AccountNumber, string Name, Address Address, string? StationName, string? StationDispatchPhone,
    AccountStatus Status, CareFlags CareFlags, decimal HeatingAreaM2, HeatingType HeatingType);
