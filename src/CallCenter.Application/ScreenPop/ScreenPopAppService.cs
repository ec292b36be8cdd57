using CallCenter.Contacts;
using CallCenter.Phones;

namespace CallCenter.ScreenPop;

/// <summary>
/// Caller number → the households that own it, their last contacts and open work orders, in one database round trip
/// (<see cref="ICallerScreenLookup"/>), so the agent's screen shows who is calling and what is already going on
/// before the call is answered. Category paths come from the node-wide catalog cache, not the database.
/// </summary>
public sealed class ScreenPopAppService(
    ICallerScreenLookup callers,
    PhoneNumberNormalizer normalizer,
    DispositionCatalog catalog) : IScreenPopAppService
{
    public const int MaxHouseholds = 20;
    public const int MaxHistoryRows = 10;

    public async Task<ScreenPopDto> LookupAsync(string callerNumber, CancellationToken ct = default)
    {
        var normalized = normalizer.Normalize(callerNumber);
        if (normalized is null) return new ScreenPopDto(callerNumber, null, [], [], []);
        var screen = await callers.FindAsync(normalized.E164, MaxHouseholds, MaxHistoryRows, ct);
        var households = screen.Households.Select(r => new ScreenPopHouseholdDto(r.Id, r.AccountNumber, r.Name, r.Address.ToString(),
            r.StationName, r.StationDispatchPhone, r.Status, r.CareFlags, r.HeatingAreaM2, r.HeatingType)).ToList();
        if (screen.RecentContacts.Count == 0 && screen.OpenWorkOrders.Count == 0)
            return new ScreenPopDto(callerNumber, normalized.E164, households, [], []);

        var categories = await catalog.AllAsync(ct);
        string? PathOf(Guid categoryId) =>
            categories.TryGetValue(categoryId, out var node) ? DispositionCatalog.PathOf(node, categories) : null;
        return new ScreenPopDto(callerNumber, normalized.E164, households,
            screen.RecentContacts.Select(c => new RecentContactDto(c.Id, c.Time, c.Channel.ToString(), PathOf(c.CategoryId), c.Notes)).ToList(),
            screen.OpenWorkOrders.Select(w => new OpenWorkOrderDto(w.Id, w.Number, w.Status.ToString(), PathOf(w.CategoryId),
                w.CreationTime, w.CurrentDue)).ToList());
    }
}
