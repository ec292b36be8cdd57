using CallCenter.Auditing;
using CallCenter.Entities;
using CallCenter.Phones;

namespace CallCenter.Customers;

/// <summary>A heating customer (住户): one account, one dwelling, one or more phones.</summary>
[Audited("Household")]
public sealed class Household : AuditedAggregateRoot
{
    private readonly List<HouseholdPhone> _phones = [];

    public string AccountNumber { get; private set; } = "";
    public string Name { get; set; } = "";
    public IReadOnlyList<HouseholdPhone> Phones => _phones;
    // Stored as plain columns (not a complex type) so the audit log names each field and search can index them.
    public string District { get; private set; } = "";
    public string Community { get; private set; } = "";
    public string? Building { get; private set; }
    public string? Unit { get; private set; }
    public string? Room { get; private set; }
    public Address Address => new(District, Community, Building, Unit, Room);
    public decimal HeatingAreaM2 { get; set; }
    public Guid? StationId { get; private set; }
    /// <summary>True when a person chose the station; false when it follows from the community.</summary>
    public bool StationSetExplicitly { get; private set; }
    public HeatingType HeatingType { get; set; }
    public AccountStatus Status { get; set; }
    public CareFlags CareFlags { get; set; }
    public string? Notes { get; set; }

    private Household() { }

    public Household(string accountNumber, string name, Address address)
    {
        AccountNumber = accountNumber.Trim();
        Name = name.Trim();
        MoveTo(address);
    }

    public void ChangeAccountNumber(string accountNumber) => AccountNumber = accountNumber.Trim();

    public void MoveTo(Address address)
    {
        District = address.District.Trim();
        Community = address.Community.Trim();
        Building = Blank(address.Building);
        Unit = Blank(address.Unit);
        Room = Blank(address.Room);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An explicit station wins; otherwise the station serving the community, if any.</summary>
    public void AssignStation(Guid? explicitStationId, Guid? stationOfCommunity)
    {
        StationSetExplicitly = explicitStationId.HasValue;
        StationId = explicitStationId ?? stationOfCommunity;
    }

    /// <summary>Replaces the phones; keeps rows whose number is unchanged so history shows only real changes.</summary>
    public void SetPhones(IReadOnlyList<(NormalizedPhone Phone, bool IsPrimary)> phones)
    {
        var primaryIndex = phones.ToList().FindIndex(p => p.IsPrimary);
        if (primaryIndex < 0) primaryIndex = 0;
        var wanted = phones.Select((p, i) => (p.Phone, IsPrimary: i == primaryIndex))
            .DistinctBy(p => (p.Phone.E164, p.Phone.Extension)).ToList();
        _phones.RemoveAll(existing => !wanted.Any(w => w.Phone.E164 == existing.Number && w.Phone.Extension == existing.Extension));
        foreach (var (phone, isPrimary) in wanted)
        {
            var existing = _phones.FirstOrDefault(p => p.Number == phone.E164 && p.Extension == phone.Extension);
            if (existing is null) _phones.Add(new HouseholdPhone(Id, phone, isPrimary));
            else existing.IsPrimary = isPrimary;
        }
    }

    public HouseholdPhone? PrimaryPhone => _phones.FirstOrDefault(p => p.IsPrimary) ?? _phones.FirstOrDefault();
}
