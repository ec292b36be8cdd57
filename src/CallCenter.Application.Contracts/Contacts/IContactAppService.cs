using CallCenter.Common;

namespace CallCenter.Contacts;

public interface IContactAppService
{
    Task<PagedResultDto<ContactDto>> GetListAsync(GetContactsInput input, CancellationToken ct = default);
    Task<ContactDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>Records the contact and, when asked, opens its work order in the same transaction.</summary>
    Task<ContactDto> CreateAsync(CreateContactDto input, CancellationToken ct = default);
}
