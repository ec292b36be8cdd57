using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Stations;

public sealed class StationAppService(
    IRepository<Station> stations,
    IRepository<StationCommunity> communities,
    IRepository<Department> departments,
    IRepository<Household> households,
    IRepository<AppUser> users,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    PhoneNumberNormalizer phones) : IStationAppService
{
    public async Task<IReadOnlyList<StationDto>> GetListAsync(CancellationToken ct = default)
    {
        var list = await query.ToListAsync(stations.QueryWithDetails().OrderBy(s => s.Code), ct);
        return await ToDtosAsync(list, ct);
    }

    public async Task<StationDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ToDtosAsync([await LoadAsync(id, ct)], ct))[0];

    public async Task<StationDto> CreateAsync(CreateUpdateStationDto input, CancellationToken ct = default)
    {
        var dispatchPhone = await ValidateAsync(input, null, ct);
        var station = new Station(input.Code, input.Name, input.District);
        await using (await uow.BeginTransactionAsync(ct))
        {
            Apply(station, input, dispatchPhone);
            stations.Add(station);
            await uow.SaveChangesAsync(ct);
            await RederiveHouseholdStationsAsync(station.Communities.Select(c => c.Community).ToList(), ct);
            await uow.CommitTransactionAsync(ct);
        }
        return await GetAsync(station.Id, ct);
    }

    public async Task<StationDto> UpdateAsync(Guid id, CreateUpdateStationDto input, CancellationToken ct = default)
    {
        var station = await LoadAsync(id, ct);
        var dispatchPhone = await ValidateAsync(input, id, ct);
        var before = station.Communities.Select(c => c.Community).ToList();
        await using (await uow.BeginTransactionAsync(ct))
        {
            Apply(station, input, dispatchPhone);
            await uow.SaveChangesAsync(ct);
            await RederiveHouseholdStationsAsync(before.Union(station.Communities.Select(c => c.Community)).ToList(), ct);
            await uow.CommitTransactionAsync(ct);
        }
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var station = await LoadAsync(id, ct);
        var served = await query.CountAsync(households.Query().Where(h => h.StationId == id), ct);
        if (served > 0) throw new BusinessException(CallCenterErrorCodes.StationHasHouseholds, null, served);
        stations.Remove(station);
        await uow.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Households whose station follows their community move with it when a community changes hands;
    /// households someone assigned by hand stay where they were put.
    /// </summary>
    private async Task RederiveHouseholdStationsAsync(IReadOnlyList<string> affectedCommunities, CancellationToken ct)
    {
        if (affectedCommunities.Count == 0) return;
        var owners = (await query.ToListAsync(communities.Query().Where(c => affectedCommunities.Contains(c.Community)), ct))
            .ToDictionary(c => c.Community, c => c.StationId);
        var following = await query.ToListAsync(households.Query()
            .Where(h => !h.StationSetExplicitly && affectedCommunities.Contains(h.Community)), ct);
        foreach (var household in following)
        {
            var owner = owners.TryGetValue(household.Community, out var stationId) ? stationId : (Guid?)null;
            if (household.StationId != owner) household.AssignStation(null, owner);
        }
        await uow.SaveChangesAsync(ct);
    }

    private static void Apply(Station station, CreateUpdateStationDto input, string? dispatchPhone)
    {
        station.Rename(input.Code, input.Name, input.District);
        station.ReportTo(dispatchPhone, input.DepartmentId);
        station.SetActive(input.IsActive);
        station.SetCommunities(input.Communities);
    }

    private async Task<string?> ValidateAsync(CreateUpdateStationDto input, Guid? id, CancellationToken ct)
    {
        var v = new FieldValidator()
            .RequiredMax("code", input.Code, StationConsts.MaxCodeLength)
            .RequiredMax("name", input.Name, StationConsts.MaxNameLength)
            .RequiredMax("district", input.District, StationConsts.MaxDistrictLength);
        string? dispatchPhone = null;
        if (!string.IsNullOrWhiteSpace(input.DispatchPhone))
        {
            dispatchPhone = phones.Normalize(input.DispatchPhone)?.E164;
            if (dispatchPhone is null) v.Add("dispatchPhone", "Validation:Phone", input.DispatchPhone);
        }
        var names = (input.Communities ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        for (var i = 0; i < names.Count; i++) v.MaxLength($"communities[{i}]", names[i], StationConsts.MaxCommunityLength);
        if (input.DepartmentId is { } dep && !await query.AnyAsync(departments.Query().Where(d => d.Id == dep), ct))
            v.Add("departmentId", "Validation:Required");
        v.ThrowIfInvalid();

        var code = input.Code.Trim();
        if (await query.AnyAsync(stations.Query().Where(s => s.Code == code && s.Id != id), ct))
            throw new BusinessException(CallCenterErrorCodes.StationCodeTaken, "code", code);
        var clash = await query.FirstOrDefaultAsync(
            from c in communities.Query()
            where names.Contains(c.Community) && c.StationId != id
            join s in stations.Query() on c.StationId equals s.Id
            select new { c.Community, s.Code }, ct);
        if (clash is not null)
            throw new BusinessException(CallCenterErrorCodes.StationCommunityTaken, "communities", clash.Community, clash.Code);
        return dispatchPhone;
    }

    private async Task<Station> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(stations.QueryWithDetails().Where(s => s.Id == id), ct)
        ?? throw new EntityNotFoundException("Station", id);

    private async Task<List<StationDto>> ToDtosAsync(IReadOnlyList<Station> list, CancellationToken ct)
    {
        var ids = list.Select(s => s.Id).ToList();
        var householdCounts = (await query.ToListAsync(households.Query().Where(h => h.StationId != null && ids.Contains(h.StationId.Value))
            .GroupBy(h => h.StationId!.Value).Select(g => new { g.Key, Count = g.Count() }), ct)).ToDictionary(x => x.Key, x => x.Count);
        var technicianCounts = (await query.ToListAsync(users.Query().Where(u => u.StationId != null && ids.Contains(u.StationId.Value))
            .GroupBy(u => u.StationId!.Value).Select(g => new { g.Key, Count = g.Count() }), ct)).ToDictionary(x => x.Key, x => x.Count);
        var departmentNames = (await query.ToListAsync(departments.Query(), ct)).ToDictionary(d => d.Id, d => d.Name);
        return list.Select(s => new StationDto(s.Id, s.Code, s.Name, s.District,
            s.DispatchPhone is null ? null : phones.Normalize(s.DispatchPhone)?.Display ?? s.DispatchPhone,
            s.Communities.Select(c => c.Community).OrderBy(c => c).ToList(),
            s.DepartmentId, s.DepartmentId is { } d ? departmentNames.GetValueOrDefault(d) : null, s.IsActive,
            householdCounts.GetValueOrDefault(s.Id), technicianCounts.GetValueOrDefault(s.Id))).ToList();
    }
}
