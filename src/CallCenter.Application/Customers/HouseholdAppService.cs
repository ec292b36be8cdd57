using System.Linq.Expressions;
using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;

namespace CallCenter.Customers;

public sealed class HouseholdAppService(
    IRepository<Household> households,
    IRepository<Station> stations,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    PhoneNumberNormalizer phones,
    HouseholdInputApplier applier,
    HouseholdCsvImporter importer) : IHouseholdAppService
{
    private static readonly Dictionary<string, Expression<Func<Household, object?>>> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accountNumber"] = h => h.AccountNumber,
        ["name"] = h => h.Name,
        ["community"] = h => h.Community,
        ["status"] = h => h.Status,
        ["creationTime"] = h => h.CreationTime,
    };

    public async Task<PagedResultDto<HouseholdListItemDto>> GetListAsync(GetHouseholdsInput input, CancellationToken ct = default)
    {
        var q = households.Query();
        if (!string.IsNullOrWhiteSpace(input.Filter)) q = ApplyFilter(q, input.Filter.Trim());
        if (input.StationId is { } stationId) q = q.Where(h => h.StationId == stationId);
        if (input.Status is { } status) q = q.Where(h => h.Status == status);
        if (input.NeedsCare == true) q = q.Where(h => h.CareFlags != CareFlags.None);

        var total = await query.CountAsync(q, ct);
        var page = q.SortBy(input.Sort, Sorts, "accountNumber").ThenBy(h => h.Id).Skip(input.Skip).Take(input.Take)
            .Select(h => new
            {
                h.Id, h.AccountNumber, h.Name, h.District, h.Community, h.Building, h.Unit, h.Room, h.StationId, h.Status, h.CareFlags,
                Primary = h.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault(),
                StationName = stations.Query().Where(s => s.Id == h.StationId).Select(s => s.Name).FirstOrDefault(),
            });
        var rows = await query.ToListAsync(page, ct);
        return new PagedResultDto<HouseholdListItemDto>(rows.Select(r => new HouseholdListItemDto(
            r.Id, r.AccountNumber, r.Name, r.Primary is null ? null : phones.Normalize(r.Primary)?.Display ?? r.Primary,
            new Address(r.District, r.Community, r.Building, r.Unit, r.Room).ToString(),
            r.StationId, r.StationName, r.Status, r.CareFlags)).ToList(), total);
    }

    /// <summary>
    /// A phone in any format matches exactly on the normalized number; a run of digits also matches the end of a
    /// number (agents type the last digits the caller reads out) or the start of an account number; text matches
    /// name and address.
    /// </summary>
    private IQueryable<Household> ApplyFilter(IQueryable<Household> q, string filter)
    {
        var phone = phones.Normalize(filter);
        var digits = new string(filter.Where(char.IsAsciiDigit).ToArray());
        var onlyDigitsAndSeparators = filter.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')');
        if (phone is not null)
        {
            var number = phone.E164;
            return q.Where(h => h.Phones.Any(p => p.Number == number) || h.AccountNumber == filter);
        }
        if (onlyDigitsAndSeparators && digits.Length >= 4)
            return q.Where(h => h.AccountNumber.StartsWith(digits) || h.Phones.Any(p => p.Number.EndsWith(digits)));
        return q.Where(h => h.Name.Contains(filter) || h.Community.Contains(filter) || h.District.Contains(filter)
                            || h.AccountNumber == filter);
    }

    public async Task<HouseholdDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var household = await LoadAsync(id, ct);
        return await ToDtoAsync(household, ct);
    }

    public async Task<HouseholdDto> CreateAsync(CreateUpdateHouseholdDto input, CancellationToken ct = default)
    {
        var v = new FieldValidator();
        var normalized = await applier.ValidateAsync(input, v, ct);
        v.ThrowIfInvalid();
        await EnsureAccountNumberFreeAsync(input.AccountNumber.Trim(), null, ct);
        var household = new Household(input.AccountNumber, input.Name, new Address(input.District, input.Community, null, null, null));
        await applier.ApplyAsync(household, input, normalized, ct);
        households.Add(household);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(household, ct);
    }

    public async Task<HouseholdDto> UpdateAsync(Guid id, CreateUpdateHouseholdDto input, CancellationToken ct = default)
    {
        var household = await LoadAsync(id, ct);
        var v = new FieldValidator();
        var normalized = await applier.ValidateAsync(input, v, ct);
        v.ThrowIfInvalid();
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != household.ConcurrencyStamp)
            throw new BusinessException(CallCenterErrorCodes.ConcurrencyConflict, "concurrencyStamp");
        await EnsureAccountNumberFreeAsync(input.AccountNumber.Trim(), id, ct);
        await applier.ApplyAsync(household, input, normalized, ct);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(household, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var household = await LoadAsync(id, ct);
        households.Remove(household);
        await uow.SaveChangesAsync(ct);
    }

    public Task<HouseholdImportResultDto> ImportCsvAsync(Stream csv, CancellationToken ct = default) => importer.ImportAsync(csv, ct);

    private async Task<Household> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(households.QueryWithDetails().Where(h => h.Id == id), ct)
        ?? throw new EntityNotFoundException("Household", id);

    private async Task EnsureAccountNumberFreeAsync(string accountNumber, Guid? exceptId, CancellationToken ct)
    {
        // The unique index backs this up for rows a station-scoped user cannot see.
        var taken = await query.AnyAsync(households.Query().Where(h => h.AccountNumber == accountNumber && h.Id != exceptId), ct);
        if (taken) throw new BusinessException(CallCenterErrorCodes.HouseholdAccountNumberTaken, "accountNumber", accountNumber);
    }

    private async Task<HouseholdDto> ToDtoAsync(Household household, CancellationToken ct)
    {
        var station = household.StationId is { } sid
            ? await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Id == sid), ct)
            : null;
        return household.ToDto(station, phones);
    }
}
