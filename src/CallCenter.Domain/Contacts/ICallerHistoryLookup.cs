namespace CallCenter.Contacts;

/// <summary>
/// What the screen pop shows next to the caller's households: the last contacts and the open work orders. Asked on
/// every ringing call, so (like <see cref="Customers.ICallerLookup"/>) it has a precompiled implementation that
/// reads only the columns shown, instead of LINQ rebuilt and entities materialized on every call.
/// </summary>
public interface ICallerHistoryLookup
{
    /// <summary>Newest first: contacts from this number, or about one of these households.</summary>
    Task<IReadOnlyList<RecentContactRow>> RecentContactsAsync(string normalizedNumber, IReadOnlyList<Guid> householdIds, int max, CancellationToken ct);

    /// <summary>Newest first: work orders of these households that are neither closed nor cancelled.</summary>
    Task<IReadOnlyList<OpenWorkOrderRow>> OpenWorkOrdersAsync(IReadOnlyList<Guid> householdIds, int max, CancellationToken ct);
}
