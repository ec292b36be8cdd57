using CallCenter.Calendars;
using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Files;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.WorkOrders;

/// <summary>
/// The technician's phone. Every action carries an idempotency key; the key is stored with the action in one
/// transaction (unique index), so the same key again — a retry, or the offline queue replaying — answers with the
/// order as it is and applies nothing.
/// </summary>
public sealed partial class TechnicianJobAppService(
    IRepository<WorkOrder> orders,
    IRepository<WorkOrderActionRecord> actions,
    IRepository<StoredFile> storedFiles,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    WorkOrderManager manager,
    WorkOrderReader reader,
    WorkOrderSignals signals,
    StoredFileService files,
    BusinessScheduleProvider schedules,
    ICurrentUser currentUser,
    Microsoft.Extensions.Options.IOptions<WorkOrderOptions> options,
    TimeProvider time) : ITechnicianJobAppService
{
    public async Task<PagedResultDto<WorkOrderListItemDto>> GetMineAsync(bool includeDone, CancellationToken ct = default)
    {
        var me = currentUser.Id;
        var q = orders.Query().Where(w => w.AssignedTechnicianId == me && w.Status != WorkOrderStatus.Cancelled);
        q = includeDone ? q : q.Where(w => w.Status == WorkOrderStatus.Assigned || w.Status == WorkOrderStatus.Accepted
                                           || w.Status == WorkOrderStatus.EnRoute || w.Status == WorkOrderStatus.OnSite);
        var rows = await query.ToListAsync(q.OrderByDescending(w => w.Priority).ThenBy(w => w.CreationTime).Take(200), ct);
        return new PagedResultDto<WorkOrderListItemDto>(await reader.ToListItemsAsync(rows, ct), rows.Count);
    }

    public async Task<TechnicianActionResultDto> ActAsync(Guid id, TechnicianActionDto input, CancellationToken ct = default)
    {
        var key = RequireKey(input.IdempotencyKey);
        if (await ReplayAsync(key, id, input.Action.ToString(), ct) is { } replay) return replay;
        var order = await manager.LoadAsync(id, ct);
        try
        {
            await ApplyAsync(order, input, ct);
        }
        catch (BusinessException)
        {
            // A racing retry of this very key committed between our replay check and our read of the order, so the
            // order already moved on ("already accepted"): answer with that request's result, as a replay.
            if (await ReplayAsync(key, id, input.Action.ToString(), ct) is { } replayed) return replayed;
            throw;
        }
        actions.Add(new WorkOrderActionRecord(key, order.Id, input.Action.ToString(), currentUser.Id, time.GetUtcNow()));
        if (await SaveOrReplayAsync(key, id, input.Action.ToString(), ct) is { } raced) return raced;
        await signals.ChangedAsync(order, ct);
        uow.DiscardChanges();
        return new TechnicianActionResultDto(await reader.ToDtoAsync(await manager.LoadAsync(id, ct), ct), false);
    }

    private async Task ApplyAsync(WorkOrder order, TechnicianActionDto input, CancellationToken ct)
    {
        var v = new FieldValidator();
        v.Defined("action", input.Action)
            .MaxLength("reason", input.Reason, WorkOrderConsts.MaxReasonLength)
            .MaxLength("note", input.Note, WorkOrderConsts.MaxNotesLength)
            .MaxLength("resolutionNotes", input.ResolutionNotes, WorkOrderConsts.MaxNotesLength);
        if (input.IndoorTempC is { } t) v.Range("indoorTempC", t, WorkOrderConsts.MinIndoorTempC, WorkOrderConsts.MaxIndoorTempC);
        foreach (var (part, i) in (input.Parts ?? []).Select((p, i) => (p, i)))
        {
            v.RequiredMax($"parts[{i}].name", part.Name, WorkOrderConsts.MaxPartNameLength).MaxLength($"parts[{i}].unit", part.Unit, WorkOrderConsts.MaxUnitLength);
            v.Range($"parts[{i}].quantity", part.Quantity, 0.01m, 100000m);
        }
        if (input.Action == TechnicianAction.RecordTemperature && input.IndoorTempC is null) v.Required("indoorTempC", null);
        v.ThrowIfInvalid();
        if (currentUser.IsTechnician && order.AssignedTechnicianId != currentUser.Id)
            throw new BusinessException(WorkOrderErrorCodes.NotYourJob);

        var at = StepTime(order, input.TakenAt);
        if (input.IndoorTempC is { } temp) order.MeasureIndoorTemperature(temp);
        if (input.Parts is { Count: > 0 } parts) order.SetParts(parts.Select(p => (p.Name, p.Quantity, p.Unit)));
        switch (input.Action)
        {
            case TechnicianAction.Accept: await manager.FireAsync(order, WorkOrderTrigger.Accept, input.Note, at, ct); break;
            case TechnicianAction.Decline: await manager.FireAsync(order, WorkOrderTrigger.Decline, input.Reason, at, ct); break;
            case TechnicianAction.StartTravel: await manager.FireAsync(order, WorkOrderTrigger.StartTravel, input.Note, at, ct); break;
            case TechnicianAction.Arrive:
                await manager.FireAsync(order, WorkOrderTrigger.Arrive, input.Note, at, ct);
                order.RecordArrival(input.Latitude, input.Longitude);
                break;
            case TechnicianAction.Resolve:
                if (input.ResolutionNotes is { Length: > 0 } notes) order.RecordResolution(notes);
                await manager.FireAsync(order, WorkOrderTrigger.Resolve, input.Note, at, ct);
                break;
            case TechnicianAction.PauseForCustomer:
                RequireInProgress(order, input.Action);
                if (order.Sla.IsPaused) throw new BusinessException(WorkOrderErrorCodes.AlreadyPaused, "action");
                SlaCalculator.Pause(order.Sla, at);
                break;
            case TechnicianAction.ResumeFromCustomer:
                if (!order.Sla.IsPaused) throw new BusinessException(WorkOrderErrorCodes.NotPaused, "action");
                SlaCalculator.Resume(order.Sla, await schedules.GetAsync(ct), at);
                break;
            case TechnicianAction.AddNote:
                RequireInProgress(order, input.Action);
                if (input.Note is { Length: > 0 } note) order.AddNote(note);
                break;
            default: // RecordTemperature, RecordParts: the fields above did the work
                RequireInProgress(order, input.Action);
                break;
        }
    }

    /// <summary>
    /// When the step happened: the phone's takenAt (an action queued in a cellar arrives later), bounded so a wrong
    /// phone clock cannot bend the record — never after now (a phone a little ahead is taken as now) and never before
    /// the order's previous step (its last transition, a running pause, or its creation), so the history stays in order.
    /// </summary>
    private DateTimeOffset StepTime(WorkOrder order, DateTimeOffset? takenAt)
    {
        var now = time.GetUtcNow();
        if (takenAt is not { } at) return now;
        var previous = order.Transitions.Select(t => t.Time).DefaultIfEmpty(order.CreationTime).Max();
        if (order.Sla.PausedAt is { } paused && paused > previous) previous = paused;
        return at > now ? now : at < previous ? previous : at;
    }

    private static void RequireInProgress(WorkOrder order, TechnicianAction action)
    {
        if (order.Status is not (WorkOrderStatus.Accepted or WorkOrderStatus.EnRoute or WorkOrderStatus.OnSite))
            throw new BusinessException(WorkOrderErrorCodes.IllegalTransition, "action",
                Localization.L.Get("WorkOrderStatus:" + order.Status), action.ToString());
    }

    private static string RequireKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new BusinessException(WorkOrderErrorCodes.IdempotencyKeyRequired, "idempotencyKey");
        new FieldValidator().MaxLength("idempotencyKey", key, WorkOrderConsts.MaxIdempotencyKeyLength).ThrowIfInvalid();
        return key.Trim();
    }

    /// <summary>The earlier answer for a key already applied (the order read as the system: a declined job is no longer "mine").</summary>
    private async Task<TechnicianActionResultDto?> ReplayAsync(string key, Guid id, string action, CancellationToken ct)
    {
        var done = await query.FirstOrDefaultAsync(actions.Query().Where(a => a.IdempotencyKey == key), ct);
        if (done is null) return null;
        if (done.WorkOrderId != id || done.Action != action || done.UserId != currentUser.Id)
            throw new BusinessException(WorkOrderErrorCodes.IdempotencyKeyReused, "idempotencyKey");
        using (SystemAccess.Begin())
            return new TechnicianActionResultDto(await reader.ToDtoAsync(await manager.LoadAsync(id, ct), ct), true);
    }

    /// <summary>Saves; if a concurrent request with the same key won the unique index, answers as a replay.</summary>
    private async Task<TechnicianActionResultDto?> SaveOrReplayAsync(string key, Guid id, string action, CancellationToken ct)
    {
        try
        {
            await uow.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            uow.DiscardChanges();
            return await ReplayAsync(key, id, action, ct) ?? throw new InvalidOperationException("Saving the technician action failed.");
        }
    }
}
