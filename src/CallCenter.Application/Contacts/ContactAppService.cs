using CallCenter.Calendars;
using CallCenter.Common;
using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Validation;
using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

public sealed class ContactAppService(
    IRepository<ContactRecord> contacts,
    IRepository<Household> households,
    IRepository<DispositionNode> categories,
    IRepository<WorkOrder> orders,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ISequenceNumberGenerator numbers,
    BusinessScheduleProvider schedules,
    DispositionCatalog catalog,
    WorkOrderAppService workOrders,
    PhoneNumberNormalizer phones,
    ICurrentUser currentUser,
    TimeProvider time) : IContactAppService
{
    public const string NumberPrefix = "CT";

    public async Task<PagedResultDto<ContactDto>> GetListAsync(GetContactsInput input, CancellationToken ct = default)
    {
        var q = contacts.Query();
        if (input.HouseholdId is { } h) q = q.Where(c => c.HouseholdId == h);
        if (!string.IsNullOrWhiteSpace(input.CallerNumber) && phones.Normalize(input.CallerNumber) is { } n) q = q.Where(c => c.CallerNumber == n.E164);
        if (input.Channel is { } channel) q = q.Where(c => c.Channel == channel);
        if (input.CategoryId is { } category) q = q.Where(c => c.CategoryId == category);
        if (input.From is { } from) q = q.Where(c => c.Time >= from);
        if (input.To is { } to) q = q.Where(c => c.Time < to);
        var total = await query.CountAsync(q, ct);
        var rows = await query.ToListAsync(q.OrderByDescending(c => c.Time).ThenBy(c => c.Id).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<ContactDto>(await ToDtosAsync(rows, ct), total);
    }

    public async Task<ContactDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var contact = await query.FirstOrDefaultAsync(contacts.Query().Where(c => c.Id == id), ct) ?? throw new EntityNotFoundException("Contact", id);
        return (await ToDtosAsync([contact], ct))[0];
    }

    public async Task<ContactDto> CreateAsync(CreateContactDto input, CancellationToken ct = default)
    {
        var v = new FieldValidator();
        v.Defined("channel", input.Channel).MaxLength("notes", input.Notes, ContactConsts.MaxNotesLength).MaxLength("callId", input.CallId, ContactConsts.MaxCallIdLength);
        var caller = string.IsNullOrWhiteSpace(input.CallerNumber) ? null : phones.Normalize(input.CallerNumber);
        if (!string.IsNullOrWhiteSpace(input.CallerNumber) && caller is null) v.Add("callerNumber", "Validation:Phone");
        if (input.HouseholdId is null && caller is null) v.Add("householdId", WorkOrderErrorCodes.CallerRequired);
        v.ThrowIfInvalid();
        if (!await query.AnyAsync(categories.Query().Where(c => c.Id == input.CategoryId && c.IsActive), ct))
            throw new BusinessException(WorkOrderErrorCodes.CategoryUnknown, "categoryId");
        Household? household = null;
        if (input.HouseholdId is { } hid)
            household = await query.FirstOrDefaultAsync(households.QueryWithDetails().Where(h => h.Id == hid), ct)
                        ?? throw new BusinessException(WorkOrderErrorCodes.HouseholdUnknown, "householdId");

        var now = time.GetUtcNow();
        var number = await numbers.NextAsync(NumberPrefix, (await schedules.GetAsync(ct)).LocalDate(now), ct);
        var contact = new ContactRecord(number, now, input.Channel, household?.Id, household?.StationId,
            caller?.E164 ?? household?.PrimaryPhone?.Number, input.CategoryId, currentUser.Id, currentUser.UserName, input.CallId?.Trim())
        {
            Notes = input.Notes?.Trim(),
            ResolvedOnFirstContact = input.ResolvedOnFirstContact && input.WorkOrder is null,
        };
        contacts.Add(contact);
        if (input.WorkOrder is { } wo)
        {
            // One transaction: a rejected work order leaves no contact behind either.
            var order = await workOrders.CreateAndStartAsync(wo with
            {
                HouseholdId = wo.HouseholdId ?? household?.Id,
                CallerNumber = wo.CallerNumber ?? input.CallerNumber,
                CategoryId = wo.CategoryId == Guid.Empty ? input.CategoryId : wo.CategoryId,
            }, contact.Id, ct, o =>
            {
                contact.WorkOrderId = o.Id;
                return Task.CompletedTask;
            });
        }
        else await uow.SaveChangesAsync(ct);
        return await GetAsync(contact.Id, ct);
    }

    private async Task<IReadOnlyList<ContactDto>> ToDtosAsync(IReadOnlyList<ContactRecord> rows, CancellationToken ct)
    {
        var all = await catalog.AllAsync(ct);
        var hids = rows.Where(r => r.HouseholdId is not null).Select(r => r.HouseholdId).Distinct().ToList();
        var hs = (await query.ToListAsync(households.Query().Where(h => hids.Contains(h.Id)).Select(h => new { h.Id, h.Name, h.AccountNumber }), ct))
            .ToDictionary(h => h.Id);
        var wids = rows.Where(r => r.WorkOrderId is not null).Select(r => r.WorkOrderId).Distinct().ToList();
        var ws = (await query.ToListAsync(orders.Query().Where(w => wids.Contains(w.Id)).Select(w => new { w.Id, w.Number }), ct)).ToDictionary(w => w.Id, w => w.Number);
        return rows.Select(c =>
        {
            var h = c.HouseholdId is { } id ? hs.GetValueOrDefault(id) : null;
            var node = all.GetValueOrDefault(c.CategoryId);
            return new ContactDto(c.Id, c.Number, c.Time, c.Channel, c.HouseholdId, h?.Name, h?.AccountNumber, c.CallerNumber, c.CategoryId,
                node?.Code ?? "", node is null ? "" : DispositionCatalog.PathOf(node, all), c.AgentId, c.AgentName, c.Notes,
                c.ResolvedOnFirstContact, c.CallId, c.WorkOrderId, c.WorkOrderId is { } w ? ws.GetValueOrDefault(w) : null);
        }).ToList();
    }
}
