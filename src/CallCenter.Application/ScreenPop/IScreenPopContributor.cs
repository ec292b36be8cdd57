namespace CallCenter.ScreenPop;

/// <summary>
/// A feature that adds to the screen pop (contacts, work orders). Registered by that feature; the screen pop
/// itself knows none of them, so it is complete today and grows without being edited.
/// </summary>
public interface IScreenPopContributor
{
    Task<IReadOnlyList<RecentContactDto>> RecentContactsAsync(string normalizedNumber, IReadOnlyList<Guid> householdIds, CancellationToken ct);
    Task<IReadOnlyList<OpenWorkOrderDto>> OpenWorkOrdersAsync(IReadOnlyList<Guid> householdIds, CancellationToken ct);
}
