using CallCenter.Errors;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;

namespace CallCenter.Customers;

/// <summary>
/// Validates a household form (typed by an agent or read from a CSV row) and applies it to an entity. One place,
/// so the editor and the import accept and refuse exactly the same things.
/// </summary>
public sealed class HouseholdInputApplier(
    PhoneNumberNormalizer phones,
    IRepository<Station> stations,
    IRepository<StationCommunity> communities,
    IAsyncQueryExecuter query)
{
    private Dictionary<string, Guid>? _stationByCommunity;
    private HashSet<Guid>? _stationIds;

    /// <summary>Checks every field; returns the normalized phones when valid. Field names are camelCase JSON paths.</summary>
    public async Task<List<(NormalizedPhone Phone, bool IsPrimary)>> ValidateAsync(
        CreateUpdateHouseholdDto input, FieldValidator v, CancellationToken ct)
    {
        v.RequiredMax("accountNumber", input.AccountNumber, HouseholdConsts.MaxAccountNumberLength)
            .RequiredMax("name", input.Name, HouseholdConsts.MaxNameLength)
            .RequiredMax("district", input.District, HouseholdConsts.MaxDistrictLength)
            .RequiredMax("community", input.Community, HouseholdConsts.MaxCommunityLength)
            .MaxLength("building", input.Building, HouseholdConsts.MaxBuildingLength)
            .MaxLength("unit", input.Unit, HouseholdConsts.MaxUnitLength)
            .MaxLength("room", input.Room, HouseholdConsts.MaxRoomLength)
            .MaxLength("notes", input.Notes, HouseholdConsts.MaxNotesLength)
            .Range("heatingAreaM2", input.HeatingAreaM2, 0, HouseholdConsts.MaxHeatingAreaM2)
            .Defined("heatingType", input.HeatingType)
            .Defined("status", input.Status)
            .Defined("careFlags", input.CareFlags);

        var normalized = new List<(NormalizedPhone, bool)>();
        var list = input.Phones ?? [];
        if (list.Count == 0) v.Add("phones", "Validation:PhoneRequired");
        if (list.Count > HouseholdConsts.MaxPhonesPerHousehold) v.Add("phones", "Validation:TooManyPhones", HouseholdConsts.MaxPhonesPerHousehold);
        if (list.Count(p => p.IsPrimary) > 1) v.Add("phones", "Validation:OnePrimary");
        for (var i = 0; i < list.Count; i++)
        {
            var phone = phones.Normalize(list[i].Number);
            if (phone is null) v.Add($"phones[{i}].number", "Validation:Phone", list[i].Number ?? "");
            else normalized.Add((phone, list[i].IsPrimary));
        }

        if (input.StationId is { } stationId && !(await StationIdsAsync(ct)).Contains(stationId))
            v.Add("stationId", CallCenterErrorCodes.HouseholdStationUnknown);
        return normalized;
    }

    public async Task ApplyAsync(Household household, CreateUpdateHouseholdDto input,
        List<(NormalizedPhone Phone, bool IsPrimary)> normalizedPhones, CancellationToken ct)
    {
        household.ChangeAccountNumber(input.AccountNumber);
        household.Name = input.Name.Trim();
        household.MoveTo(new Address(input.District, input.Community, input.Building, input.Unit, input.Room));
        household.HeatingAreaM2 = input.HeatingAreaM2;
        household.HeatingType = input.HeatingType;
        household.Status = input.Status;
        household.CareFlags = input.CareFlags;
        household.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        household.SetPhones(normalizedPhones);
        var byCommunity = await StationByCommunityAsync(ct);
        household.AssignStation(input.StationId,
            byCommunity.TryGetValue(household.Community, out var stationId) ? stationId : null);
    }

    /// <summary>Resolves a station code (CSV column) to its id; null when unknown.</summary>
    public async Task<Guid?> StationIdByCodeAsync(string code, CancellationToken ct)
    {
        var station = await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Code == code.Trim()), ct);
        return station?.Id;
    }

    // Loaded once per request (an import of thousands of rows asks thousands of times).
    private async Task<Dictionary<string, Guid>> StationByCommunityAsync(CancellationToken ct) =>
        _stationByCommunity ??= (await query.ToListAsync(communities.Query(), ct))
            .ToDictionary(c => c.Community, c => c.StationId);

    private async Task<HashSet<Guid>> StationIdsAsync(CancellationToken ct) =>
        _stationIds ??= (await query.ToListAsync(stations.Query().Select(s => s.Id), ct)).ToHashSet();
}
