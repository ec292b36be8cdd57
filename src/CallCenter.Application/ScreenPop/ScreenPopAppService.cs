using CallCenter.Customers;
using CallCenter.Phones;

namespace CallCenter.ScreenPop;

/// <summary>
/// Caller number → the households that own it, in one indexed query, so the agent's screen shows who is
/// calling before the call is answered. Contacts and work orders are filled in by their features.
/// </summary>
public sealed class ScreenPopAppService(
    ICallerLookup callers,
    PhoneNumberNormalizer normalizer,
    IEnumerable<IScreenPopContributor> contributors) : IScreenPopAppService
{
    public const int MaxHouseholds = 20;

    public async Task<ScreenPopDto> LookupAsync(string callerNumber, CancellationToken ct = default)
    {
        var normalized = normalizer.Normalize(callerNumber);
        if (normalized is null) return new ScreenPopDto(callerNumber, null, [], [], []);
        var number = normalized.E164;
        var rows = await callers.FindByPhoneAsync(number, MaxHouseholds, ct);
        var found = rows.Select(r => new ScreenPopHouseholdDto(r.Id, r.AccountNumber, r.Name, r.Address.ToString(), r.StationName,
            r.StationDispatchPhone, r.Status, r.CareFlags, r.HeatingAreaM2, r.HeatingType)).ToList();

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
