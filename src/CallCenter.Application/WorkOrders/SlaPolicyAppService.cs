using CallCenter.Contacts;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.WorkOrders;

public sealed class SlaPolicyAppService(IRepository<SlaPolicy> policies, IAsyncQueryExecuter query, IUnitOfWork uow, DispositionCatalog catalog)
    : ISlaPolicyAppService
{
    public async Task<IReadOnlyList<SlaPolicyDto>> GetListAsync(CancellationToken ct = default)
    {
        var rows = await query.ToListAsync(policies.Query().OrderBy(p => p.Type).ThenBy(p => p.CategoryId).ThenByDescending(p => p.Priority), ct);
        var all = await catalog.AllAsync(ct);
        return rows.Select(p => ToDto(p, all)).ToList();
    }

    public async Task<SlaPolicyDto> CreateAsync(CreateUpdateSlaPolicyDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, ct);
        var policy = new SlaPolicy();
        Apply(policy, input);
        policies.Add(policy);
        await uow.SaveChangesAsync(ct);
        return ToDto(policy, await catalog.AllAsync(ct));
    }

    public async Task<SlaPolicyDto> UpdateAsync(Guid id, CreateUpdateSlaPolicyDto input, CancellationToken ct = default)
    {
        var policy = await query.FirstOrDefaultAsync(policies.Query().Where(p => p.Id == id), ct) ?? throw new EntityNotFoundException("SlaPolicy", id);
        await ValidateAsync(input, ct);
        Apply(policy, input);
        await uow.SaveChangesAsync(ct);
        return ToDto(policy, await catalog.AllAsync(ct));
    }

    private async Task ValidateAsync(CreateUpdateSlaPolicyDto input, CancellationToken ct)
    {
        var v = new FieldValidator();
        v.Defined("type", input.Type).Defined("priority", input.Priority)
            .Range("responseMinutes", input.ResponseMinutes, 1, 60 * 24 * 30)
            .Range("resolutionMinutes", input.ResolutionMinutes, 1, 60 * 24 * 90)
            .Range("warningPercent", input.WarningPercent, 1, 99);
        if (input.ResolutionMinutes < input.ResponseMinutes) v.Add("resolutionMinutes", "Validation:Range", input.ResponseMinutes, 60 * 24 * 90);
        if (input.CategoryId is { } c && !(await catalog.AllAsync(ct)).ContainsKey(c)) v.Add("categoryId", Errors.WorkOrderErrorCodes.CategoryUnknown);
        v.ThrowIfInvalid();
    }

    private static void Apply(SlaPolicy p, CreateUpdateSlaPolicyDto input)
    {
        p.Type = input.Type;
        p.CategoryId = input.CategoryId;
        p.Priority = input.Priority;
        p.ResponseMinutes = input.ResponseMinutes;
        p.ResolutionMinutes = input.ResolutionMinutes;
        p.RoundTheClock = input.RoundTheClock;
        p.WarningPercent = input.WarningPercent;
    }

    private static SlaPolicyDto ToDto(SlaPolicy p, IReadOnlyDictionary<Guid, DispositionNode> all) => new(p.Id, p.Type, p.CategoryId,
        p.CategoryId is { } c && all.TryGetValue(c, out var node) ? DispositionCatalog.PathOf(node, all) : null,
        p.Priority, p.ResponseMinutes, p.ResolutionMinutes, p.RoundTheClock, p.WarningPercent);
}
