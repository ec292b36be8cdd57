using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;
using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

public sealed class DispositionAppService(
    IRepository<DispositionNode> nodes,
    IRepository<ContactRecord> contacts,
    IRepository<WorkOrder> orders,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    DispositionCatalog catalog) : IDispositionAppService
{
    public async Task<IReadOnlyList<DispositionNodeDto>> GetTreeAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        var all = await catalog.AllAsync(ct);
        return all.Values.Where(n => includeInactive || n.IsActive)
            .Select(n => ToDto(n, all)).OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.SortOrder).ToList();
    }

    public async Task<DispositionNodeDto> CreateAsync(CreateUpdateDispositionNodeDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, null, ct);
        var node = new DispositionNode();
        Apply(node, input);
        nodes.Add(node);
        await uow.SaveChangesAsync(ct);
        catalog.Invalidate();
        return ToDto(node, await catalog.AllAsync(ct));
    }

    public async Task<DispositionNodeDto> UpdateAsync(Guid id, CreateUpdateDispositionNodeDto input, CancellationToken ct = default)
    {
        var node = await LoadAsync(id, ct);
        await ValidateAsync(input, id, ct);
        Apply(node, input);
        await uow.SaveChangesAsync(ct);
        catalog.Invalidate();
        return ToDto(node, await catalog.AllAsync(ct));
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var node = await LoadAsync(id, ct);
        var used = await query.AnyAsync(contacts.Query().Where(c => c.CategoryId == id), ct)
                   || await query.AnyAsync(orders.Query().Where(w => w.CategoryId == id), ct)
                   || await query.AnyAsync(nodes.Query().Where(n => n.ParentId == id), ct);
        if (used) throw new BusinessException(WorkOrderErrorCodes.DispositionInUse);
        nodes.Remove(node);
        await uow.SaveChangesAsync(ct);
        catalog.Invalidate();
    }

    private async Task<DispositionNode> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(nodes.Query().Where(n => n.Id == id), ct) ?? throw new EntityNotFoundException("Disposition", id);

    private async Task ValidateAsync(CreateUpdateDispositionNodeDto input, Guid? id, CancellationToken ct)
    {
        var v = new FieldValidator();
        v.RequiredMax("code", input.Code, ContactConsts.MaxCategoryCodeLength).RequiredMax("name", input.Name, ContactConsts.MaxCategoryNameLength);
        v.ThrowIfInvalid();
        var code = input.Code.Trim();
        if (await query.AnyAsync(nodes.Query().Where(n => n.Code == code && n.Id != id), ct))
            throw new BusinessException(WorkOrderErrorCodes.DispositionCodeTaken, "code", code);
        if (input.ParentId is { } parent && (parent == id || !await query.AnyAsync(nodes.Query().Where(n => n.Id == parent), ct)))
            throw new BusinessException(WorkOrderErrorCodes.DispositionParentUnknown, "parentId");
    }

    private static void Apply(DispositionNode node, CreateUpdateDispositionNodeDto input)
    {
        node.Code = input.Code.Trim();
        node.Name = input.Name.Trim();
        node.ParentId = input.ParentId;
        node.SortOrder = input.SortOrder;
        node.IsActive = input.IsActive;
        node.OpensWorkOrderType = input.OpensWorkOrderType;
        node.DefaultUrgency = input.DefaultUrgency;
    }

    public static DispositionNodeDto ToDto(DispositionNode n, IReadOnlyDictionary<Guid, DispositionNode> all) =>
        new(n.Id, n.Code, n.Name, n.ParentId, DispositionCatalog.PathOf(n, all), n.SortOrder, n.IsActive, n.OpensWorkOrderType, n.DefaultUrgency);
}
