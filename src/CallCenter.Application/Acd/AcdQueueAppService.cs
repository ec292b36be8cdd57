using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;

namespace CallCenter.Acd;

/// <summary>Queues (技能组) and the ACD-wide settings; every save tells the ACD to reload (<see cref="AcdDirectoryNotifier"/>).</summary>
public sealed class AcdQueueAppService(
    IRepository<QueueDefinition> queues,
    IRepository<AcdSettings> settings,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    AcdDirectoryNotifier notifier) : IAcdQueueAppService
{
    public async Task<IReadOnlyList<AcdQueueDefinitionDto>> GetListAsync(CancellationToken ct = default) =>
        (await query.ToListAsync(queues.Query().OrderBy(q => q.Name), ct)).Select(q => q.ToDto()).ToList();

    public async Task<AcdQueueDefinitionDto> GetAsync(Guid id, CancellationToken ct = default) => (await LoadAsync(id, ct)).ToDto();

    public async Task<AcdQueueDefinitionDto> CreateAsync(CreateUpdateAcdQueueDto input, CancellationToken ct = default)
    {
        var queue = new QueueDefinition("", "", RoutingStrategy.LongestIdle);
        AcdQueueValidator.Validate(input, queue.Id, await query.ToListAsync(queues.Query(), ct));
        Apply(queue, input);
        queues.Add(queue);
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
        return queue.ToDto();
    }

    public async Task<AcdQueueDefinitionDto> UpdateAsync(Guid id, CreateUpdateAcdQueueDto input, CancellationToken ct = default)
    {
        var queue = await LoadAsync(id, ct);
        AcdQueueValidator.Validate(input, id, await query.ToListAsync(queues.Query().Where(q => q.Id != id), ct));
        Apply(queue, input);
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
        return queue.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var queue = await LoadAsync(id, ct);
        var target = id.ToString();
        var overflowing = await query.FirstOrDefaultAsync(queues.Query()
            .Where(q => q.Id != id && q.OverflowKind == QueueOverflowKind.Queue && q.OverflowTarget == target), ct);
        if (overflowing is not null) throw new BusinessException(AcdErrorCodes.QueueIsOverflowTarget, null, overflowing.Name);
        queues.Remove(queue);
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
    }

    public async Task<AcdSettingsDto> GetSettingsAsync(CancellationToken ct = default) =>
        (await query.FirstOrDefaultAsync(settings.Query(), ct) ?? new AcdSettings()).ToDto();

    public async Task<AcdSettingsDto> UpdateSettingsAsync(AcdSettingsDto input, CancellationToken ct = default)
    {
        var reasons = (input.NotReadyReasons ?? []).Select(r => r?.Trim() ?? "").ToList();
        if (reasons.Count is 0 or > AcdConsts.MaxReasons || reasons.Any(r => r.Length is 0 or > AcdConsts.MaxReasonLength)
            || reasons.Distinct(StringComparer.Ordinal).Count() != reasons.Count)
            throw new BusinessException(AcdErrorCodes.ReasonsInvalid, "notReadyReasons");
        if (input.RecoveryPauseSeconds is < 0 or > 3600)
            throw new BusinessException(AcdErrorCodes.SettingOutOfRange, "recoveryPauseSeconds", 0, 3600);
        if (input.MissesBeforeNotReady is < 1 or > 10)
            throw new BusinessException(AcdErrorCodes.SettingOutOfRange, "missesBeforeNotReady", 1, 10);
        var row = await query.FirstOrDefaultAsync(settings.Query(), ct);
        if (row is null) settings.Add(row = new AcdSettings());
        row.Update(reasons, input.RecoveryPauseSeconds, input.MissesBeforeNotReady);
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
        return row.ToDto();
    }

    private static void Apply(QueueDefinition queue, CreateUpdateAcdQueueDto input)
    {
        var tiers = input.Strategy == RoutingStrategy.SkillTopDown
            ? (input.Tiers ?? []).Select(t => new AcdTier(t.MinLevel, t.AfterSeconds))
            : [];
        queue.SetRouting(input.Name.Trim(), input.Skill.Trim(), input.MinLevel, input.Strategy, tiers);
        queue.SetTimes(input.RingTimeoutSeconds, input.WrapUpSeconds, input.MaxWaitSeconds, input.AnnounceEverySeconds);
        // A queue target is stored as Guid.ToString(), the form the router keys queues by and DeleteAsync looks for.
        var target = input.OverflowKind == QueueOverflowKind.Queue ? Guid.Parse(input.OverflowTarget!).ToString() : input.OverflowTarget?.Trim();
        queue.SetOverflow(input.OverflowKind, target);
        queue.SetPolicies(input.JoinWhenEmpty, input.UseBusinessHours, input.CallbackEnabled);
    }

    private async Task<QueueDefinition> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(queues.Query().Where(q => q.Id == id), ct) ?? throw new EntityNotFoundException("AcdQueue", id);
}
