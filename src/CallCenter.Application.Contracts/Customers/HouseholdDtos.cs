namespace CallCenter.Customers;

// The household DTOs travel together, so they share this file (records only, no behaviour).

public sealed record HouseholdPhoneDto(string Number, string Display, PhoneKind Kind, bool IsPrimary, string? Extension);

public sealed record AddressDto(string District, string Community, string? Building, string? Unit, string? Room)
{
    /// <summary>One line the way a Chinese address reads: 南岗区 阳光小区 3栋 2单元 501.</summary>
    public string FullAddress => string.Join(" ", new[]
    {
        District, Community,
        string.IsNullOrWhiteSpace(Building) ? null : Building + "栋",
        string.IsNullOrWhiteSpace(Unit) ? null : Unit + "单元",
        Room,
    }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record HouseholdListItemDto(
    Guid Id,
    string AccountNumber,
    string Name,
    string? PrimaryPhone,
    string FullAddress,
    Guid? StationId,
    string? StationName,
    AccountStatus Status,
    CareFlags CareFlags);

public sealed record HouseholdDto(
    Guid Id,
    string AccountNumber,
    string Name,
    IReadOnlyList<HouseholdPhoneDto> Phones,
    AddressDto Address,
    decimal HeatingAreaM2,
    Guid? StationId,
    string? StationCode,
    string? StationName,
    bool StationSetExplicitly,
    HeatingType HeatingType,
    AccountStatus Status,
    CareFlags CareFlags,
    string? Notes,
    DateTimeOffset CreationTime,
    DateTimeOffset? LastModificationTime,
    string ConcurrencyStamp);

/// <summary>Phones as typed by a person, in any common format; the first is primary unless one says otherwise.</summary>
public sealed record HouseholdPhoneInputDto(string Number, bool IsPrimary = false);

public sealed record CreateUpdateHouseholdDto
{
    public string AccountNumber { get; init; } = "";
    public string Name { get; init; } = "";
    public IReadOnlyList<HouseholdPhoneInputDto> Phones { get; init; } = [];
    public string District { get; init; } = "";
    public string Community { get; init; } = "";
    public string? Building { get; init; }
    public string? Unit { get; init; }
    public string? Room { get; init; }
    public decimal HeatingAreaM2 { get; init; }
    /// <summary>Null: the station follows from the community.</summary>
    public Guid? StationId { get; init; }
    public HeatingType HeatingType { get; init; }
    public AccountStatus Status { get; init; }
    public CareFlags CareFlags { get; init; }
    public string? Notes { get; init; }
    /// <summary>On update: the stamp the client read, so a concurrent edit is refused instead of overwritten.</summary>
    public string? ConcurrencyStamp { get; init; }
}

public sealed record GetHouseholdsInput : Common.PagedRequestDto
{
    /// <summary>Phone in any format, account number, name or part of the address.</summary>
    public string? Filter { get; init; }
    public Guid? StationId { get; init; }
    public AccountStatus? Status { get; init; }
    public bool? NeedsCare { get; init; }
}

public sealed record ImportRowErrorDto(int Row, string? AccountNumber, string Field, string Message);

public sealed record HouseholdImportResultDto(int TotalRows, int Created, int Updated, int Failed, IReadOnlyList<ImportRowErrorDto> Errors);
