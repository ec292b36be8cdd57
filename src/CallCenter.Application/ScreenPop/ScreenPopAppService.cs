using CallCenter.Customers;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Stations;

namespace CallCenter.ScreenPop;

/// <summary>
/// Caller number → the households that own it, in one indexed query, so the agent's screen shows who is
/// calling before the call is answered. Contacts and work orders are filled in by their features.
/// </summary>
public sealed class ScreenPopAppService(
    IRepository<HouseholdPhone> phones,
    IRepository<Household> households,
    IRepository<Station> stations,
    IAsyncQueryExecuter query,
    PhoneNumberNormalizer normalizer,
    IEnumerable<IScreenPopContributor> contributors) : IScreenPopAppService
{
    public const int MaxHouseholds = 20;

    public async Task<ScreenPopDto> LookupAsync(string callerNumber, CancellationToken ct = default)
    {
        var normalized = normalizer.Normalize(callerNumber);
        if (normalized is null) return new ScreenPopDto(callerNumber, null, [], [], []);
        var number = normalized.E164;
        var matches = from p in phones.Query()
                      where p.Number == number
                      join h in households.Query() on p.HouseholdId equals h.Id
                      join s in stations.Query() on h.StationId equals s.Id into hs
                      from s in hs.DefaultIfEmpty()
                      orderby h.AccountNumber
                      select new
                      {
                          h.Id, h.AccountNumber, h.Name, h.District, h.Community, h.Building, h.Unit, h.Room,
                          StationName = s == null ? null : s.Name, DispatchPhone = s == null ? null : s.DispatchPhone,
                          h.Status, h.CareFlags, h.HeatingAreaM2, h.HeatingType,
                      };
        var rows = await query.ToListAsync(matches.Distinct().Take(MaxHouseholds), ct);
        var found = rows.Select(r => new ScreenPopHouseholdDto(r.Id, r.AccountNumber, r.Name,
            new Address(r.District, r.Community, r.Building, r.Unit, r.Room).ToString(), r.StationName, r.DispatchPhone,
            r.Status, r.CareFlags, r.HeatingAreaM2, r.HeatingType)).ToList();

        var contacts = new List<RecentContactDto>();
        var orders = new List<OpenWorkOrderDto>();
        var ids = found.Select(h => h.Id).ToList();
        foreach (var contributor in contributors)
        {
            contacts.AddRange(await contributor.RecentContactsAsync(number, ids, ct));
            orders.AddRange(await contributor.OpenWorkOrdersAsync(ids, ct));
        }
        return new ScreenPopDto(callerNumber, number, found,
            contacts.OrderByDescending(c => c.Time).ToList(), orders.OrderByDescending(o => o.CreationTime).ToList());
    }
}
