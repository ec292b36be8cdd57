namespace CallCenter.Customers;

/// <summary>
/// Caller number → the households that own it. The hottest query of the product (every ringing call asks it), so
/// it has its own prepared SQL (shared with the screen pop's <see cref="Contacts.ICallerScreenLookup"/>) instead of a
/// LINQ query rebuilt on every call.
/// </summary>
public interface ICallerLookup
{
    /// <param name="e164">A normalized number (see PhoneNumberNormalizer).</param>
    Task<IReadOnlyList<CallerHousehold>> FindByPhoneAsync(string e164, int max, CancellationToken ct = default);
}
