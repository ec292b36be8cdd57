using CallCenter.Calls;
using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;

namespace CallCenter.Interruptions;

public sealed class HeatingInterruptionAppService(
    IRepository<HeatingInterruption> interruptions,
    IRepository<Station> stations,
    IRepository<Household> households,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    TimeProvider time) : IHeatingInterruptionAppService
{
    public async Task<IReadOnlyList<HeatingInterruptionDto>> GetListAsync(bool activeOnly, CancellationToken ct = default)
    {
        var q = interruptions.Query();
        if (activeOnly) q = q.Where(i => i.EndedAt == null);
        var list = await query.ToListAsync(q.OrderByDescending(i => i.StartsAt).Take(500), ct);
        return await ToDtosAsync(list, ct);
    }

    public async Task<HeatingInterruptionDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ToDtosAsync([await LoadAsync(id, ct)], ct))[0];

    public async Task<HeatingInterruptionDto> CreateAsync(CreateUpdateHeatingInterruptionDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, ct);
        var interruption = new HeatingInterruption(input.StationId, input.Communities ?? [], input.StartsAt, input.ExpectedRestorationAt, input.Message);
        interruptions.Add(interruption);
        await uow.SaveChangesAsync(ct);
        return await GetAsync(interruption.Id, ct);
    }

    public async Task<HeatingInterruptionDto> UpdateAsync(Guid id, CreateUpdateHeatingInterruptionDto input, CancellationToken ct = default)
    {
        var interruption = await LoadAsync(id, ct);
        if (interruption.EndedAt is not null) throw new BusinessException(VoiceErrorCodes.InterruptionEnded);
        await ValidateAsync(input, ct);
        interruption.Change(input.StationId, input.Communities ?? [], input.StartsAt, input.ExpectedRestorationAt, input.Message);
        await uow.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<HeatingInterruptionDto> EndAsync(Guid id, CancellationToken ct = default)
    {
        var interruption = await LoadAsync(id, ct);
        interruption.End(time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<ActiveInterruptionNoticeDto>> FindActiveForHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        var household = await query.FirstOrDefaultAsync(households.Query().Where(h => h.Id == householdId)
            .Select(h => new { h.StationId, h.Community }), ct);
        if (household?.StationId is not { } stationId) return [];
        var now = time.GetUtcNow();
        var candidates = await query.ToListAsync(interruptions.Query()
            .Where(i => i.StationId == stationId && i.EndedAt == null && i.StartsAt <= now).OrderBy(i => i.StartsAt), ct);
        var name = await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Id == stationId).Select(s => s.Name), ct);
        return candidates.Where(i => i.Affects(stationId, household.Community))
            .Select(i => new ActiveInterruptionNoticeDto(i.Id, name, i.StartsAt, i.ExpectedRestorationAt, i.Message)).ToList();
    }

    private async Task ValidateAsync(CreateUpdateHeatingInterruptionDto input, CancellationToken ct)
    {
        var v = new FieldValidator();
        v.RequiredMax("message", input.Message, CallConsts.MaxInterruptionMessageLength);
        if (input.StationId == Guid.Empty) v.Add("stationId", "Validation:Required");
        if (input.StartsAt == default) v.Add("startsAt", "Validation:Required");
        if (input.ExpectedRestorationAt == default) v.Add("expectedRestorationAt", "Validation:Required");
        foreach (var community in input.Communities ?? []) v.MaxLength("communities", community, StationConsts.MaxCommunityLength);
        if ((input.Communities?.Count ?? 0) > CallConsts.MaxCommunities) v.Add("communities", "Voice:CommunitiesTooMany");
        v.ThrowIfInvalid();
        if (input.ExpectedRestorationAt < input.StartsAt)
            throw new BusinessException(VoiceErrorCodes.RestorationBeforeStart, "expectedRestorationAt");
        if (!await query.AnyAsync(stations.Query().Where(s => s.Id == input.StationId), ct))
            throw new BusinessException(VoiceErrorCodes.UnknownStation, "stationId");
    }

    private async Task<HeatingInterruption> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(interruptions.Query().Where(i => i.Id == id), ct) ?? throw new EntityNotFoundException("HeatingInterruption", id);

    private async Task<IReadOnlyList<HeatingInterruptionDto>> ToDtosAsync(IReadOnlyList<HeatingInterruption> list, CancellationToken ct)
    {
        var ids = list.Select(i => i.StationId).Distinct().ToList();
        var names = (await query.ToListAsync(stations.Query().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }), ct))
            .ToDictionary(s => s.Id, s => s.Name);
        var now = time.GetUtcNow();
        return list.Select(i => new HeatingInterruptionDto(i.Id, i.StationId, names.GetValueOrDefault(i.StationId), i.Communities, i.StartsAt,
            i.ExpectedRestorationAt, i.EndedAt, i.Message, i.IsActiveAt(now), i.ConcurrencyStamp)).ToList();
    }
}
