using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

/// <summary>
/// The screen pop's query, compiled once: EF skips rebuilding, hashing and matching the expression tree on every
/// call (about a fifth of the host's CPU per screen pop, measured; docs/benchmarks.md). The household query
/// filters (soft delete, station scope) still apply — they read the context the query runs on.
/// </summary>
public sealed class EfCallerLookup(CallCenterDbContext db) : ICallerLookup
{
    private static readonly Func<CallCenterDbContext, string, int, IAsyncEnumerable<Row>> Query = EF.CompileAsyncQuery(
        (CallCenterDbContext context, string number, int max) =>
            // A semi-join (EXISTS): a household listing the same number twice (two extensions) is still one caller,
            // without the DISTINCT + sort over every selected column that a join needs.
            (from h in context.Households
             where context.HouseholdPhones.Any(p => p.HouseholdId == h.Id && p.Number == number)
             join s in context.Stations on h.StationId equals s.Id into hs
             from s in hs.DefaultIfEmpty()
             select new Row
             {
                 Id = h.Id, AccountNumber = h.AccountNumber, Name = h.Name, District = h.District, Community = h.Community,
                 Building = h.Building, Unit = h.Unit, Room = h.Room,
                 StationName = s == null ? null : s.Name, DispatchPhone = s == null ? null : s.DispatchPhone,
                 Status = h.Status, CareFlags = h.CareFlags, HeatingAreaM2 = h.HeatingAreaM2, HeatingType = h.HeatingType,
             })
            .OrderBy(r => r.AccountNumber)
            .Take(max));

    public async Task<IReadOnlyList<CallerHousehold>> FindByPhoneAsync(string e164, int max, CancellationToken ct = default)
    {
        var found = new List<CallerHousehold>();
        await foreach (var r in Query(db, e164, max).WithCancellation(ct))
            found.Add(new CallerHousehold(r.Id, r.AccountNumber, r.Name, new Address(r.District, r.Community, r.Building, r.Unit, r.Room),
                r.StationName, r.DispatchPhone, r.Status, r.CareFlags, r.HeatingAreaM2, r.HeatingType));
        return found;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string AccountNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public string District { get; init; } = "";
        public string Community { get; init; } = "";
        public string? Building { get; init; }
        public string? Unit { get; init; }
        public string? Room { get; init; }
        public string? StationName { get; init; }
        public string? DispatchPhone { get; init; }
        public AccountStatus Status { get; init; }
        public CareFlags CareFlags { get; init; }
        public decimal HeatingAreaM2 { get; init; }
        public HeatingType HeatingType { get; init; }
    }
}
