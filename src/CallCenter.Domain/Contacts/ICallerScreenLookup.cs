using CallCenter.Customers;

namespace CallCenter.Contacts;

/// <summary>
/// Everything the screen pop shows about a caller — the households owning the number, their last contacts and their
/// open work orders — read in one database round trip. Asked on every ringing call, and on two shared cores each
/// extra round trip costs a wake-up on both sides (docs/benchmarks.md, Screen pop), so the three reads travel
/// together instead of one after another.
/// </summary>
public interface ICallerScreenLookup
{
    /// <param name="e164">A normalized number (see PhoneNumberNormalizer).</param>
    /// <param name="maxHouseholds">Households listed at most (by account number).</param>
    /// <param name="maxRows">Contacts and open orders listed at most each (newest first).</param>
    Task<CallerScreen> FindAsync(string e164, int maxHouseholds, int maxRows, CancellationToken ct = default);
}

/// <param name="Households">The visible households that list the number, by account number.</param>
/// <param name="RecentContacts">Newest first: contacts from this number, or about one of <paramref name="Households"/>.</param>
/// <param name="OpenWorkOrders">Newest first: orders of <paramref name="Households"/> that are neither closed nor cancelled.</param>
public sealed record CallerScreen(
    IReadOnlyList<CallerHousehold> Households,
    IReadOnlyList<RecentContactRow> RecentContacts,
    IReadOnlyList<OpenWorkOrderRow> OpenWorkOrders);
