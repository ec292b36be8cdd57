namespace CallCenter.Contacts;

/// <summary>The disposition tree (归档树), flat and ordered by path; editable by an administrator.</summary>
public interface IDispositionAppService
{
    Task<IReadOnlyList<DispositionNodeDto>> GetTreeAsync(bool includeInactive = false, CancellationToken ct = default);
    Task<DispositionNodeDto> CreateAsync(CreateUpdateDispositionNodeDto input, CancellationToken ct = default);
    Task<DispositionNodeDto> UpdateAsync(Guid id, CreateUpdateDispositionNodeDto input, CancellationToken ct = default);
    /// <summary>Refused for a node that contacts or orders use; deactivate it instead.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
