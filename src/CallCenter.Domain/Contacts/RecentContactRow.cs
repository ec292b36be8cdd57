namespace CallCenter.Contacts;

/// <summary>A contact as the screen pop lists it (see <see cref="ICallerScreenLookup"/>).</summary>
public sealed record RecentContactRow(Guid Id, DateTimeOffset Time, ContactChannel Channel, Guid CategoryId, string? Notes);
