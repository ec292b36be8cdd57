using CallCenter.Calendars;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Phones;
using CallCenter.Repositories;
using CallCenter.Settings;
using CallCenter.Validation;
using Microsoft.Extensions.Options;

namespace CallCenter.WorkOrders;

/// <summary>
/// The work-order rules shared by the app services and the workflow activities: creating (number, priority, SLA,
/// station), firing triggers as the current user, and mass incidents. Adds to the unit of work; callers save.
/// </summary>
public sealed partial class WorkOrderManager(
    IRepository<WorkOrder> orders,
    IRepository<Household> households,
    IRepository<DispositionNode> categories,
    IRepository<SlaPolicy> policies,
    IAsyncQueryExecuter query,
    ISequenceNumberGenerator numbers,
    BusinessScheduleProvider schedules,
    Notifications.Notifier notifier,
    Microsoft.AspNetCore.Identity.UserManager<AppUser> users,
    ICurrentUser currentUser,
    PhoneNumberNormalizer phones,
    IOptions<CompanyOptions> company,
    TimeProvider time)
{
    public const string NumberPrefix = "WO";

    public DateTimeOffset Now => time.GetUtcNow();
    public IRepository<Household> Households => households;

    public async Task<WorkOrder> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(orders.QueryWithDetails().Where(w => w.Id == id), ct)
        ?? throw new EntityNotFoundException("WorkOrder", id);

    public async Task<WorkOrder> CreateAsync(CreateWorkOrderDto input, Guid? contactId, CancellationToken ct)
    {
        var v = new FieldValidator();
        v.Defined("type", input.Type).Defined("impact", input.Impact)
            .MaxLength("faultSymptom", input.FaultSymptom, WorkOrderConsts.MaxSymptomLength)
            .MaxLength("description", input.Description, WorkOrderConsts.MaxDescriptionLength)
            .MaxLength("contactName", input.ContactName, WorkOrderConsts.MaxContactNameLength)
            .MaxLength("location", input.Location, WorkOrderConsts.MaxLocationLength);
        if (input.Urgency is { } u) v.Defined("urgency", u);
        if (input.ReportedIndoorTempC is { } t) v.Range("reportedIndoorTempC", t, WorkOrderConsts.MinIndoorTempC, WorkOrderConsts.MaxIndoorTempC);
        // Ask the symptom before dispatching (the seed's rule): a repair routed at once needs it now.
        if (input.Type == WorkOrderType.Repair && input.AutoDispatch && input.ParentWorkOrderId is null)
            v.Required("faultSymptom", input.FaultSymptom);
        var caller = string.IsNullOrWhiteSpace(input.CallerNumber) ? null : phones.Normalize(input.CallerNumber);
        if (!string.IsNullOrWhiteSpace(input.CallerNumber) && caller is null) v.Add("callerNumber", "Validation:Phone");
        if (input.HouseholdId is null && caller is null && string.IsNullOrWhiteSpace(input.Location))
            v.Add("householdId", WorkOrderErrorCodes.CallerRequired);
        v.ThrowIfInvalid();

        var category = await query.FirstOrDefaultAsync(categories.Query().Where(c => c.Id == input.CategoryId && c.IsActive), ct)
                       ?? throw new BusinessException(WorkOrderErrorCodes.CategoryUnknown, "categoryId");
        Household? household = null;
        if (input.HouseholdId is { } hid)
            household = await query.FirstOrDefaultAsync(households.QueryWithDetails().Where(h => h.Id == hid), ct)
                        ?? throw new BusinessException(WorkOrderErrorCodes.HouseholdUnknown, "householdId");

        var (urgency, priority) = PriorityMatrix.Compute(input.Urgency ?? category.DefaultUrgency ?? Urgency.Medium, input.Impact,
            household?.CareFlags ?? CareFlags.None, input.Type);
        var now = Now;
        var number = await numbers.NextAsync(NumberPrefix, (await schedules.GetAsync(ct)).LocalDate(now), ct);
        var order = new WorkOrder(number, input.Type, category.Id, urgency, input.Impact, priority, household?.Id);
        order.RecordReport(new WorkOrderReport(
            ContactId: contactId,
            CallerNumber: caller?.E164 ?? household?.PrimaryPhone?.Number,
            ContactName: Trim(input.ContactName) ?? household?.Name,
            Location: household?.Address.ToString() ?? Trim(input.Location),
            Community: household?.Community,
            Building: household?.Building,
            FaultSymptom: Trim(input.FaultSymptom),
            ReportedIndoorTempC: input.ReportedIndoorTempC,
            Description: Trim(input.Description)));
        order.SetStation(input.StationId ?? household?.StationId);
        await StartSlaAsync(order, ct);
        orders.Add(order);
        if (input.ParentWorkOrderId is { } parentId) order.LinkTo(await LoadAsync(parentId, ct));
        return order;
    }

    /// <summary>Looks up the most specific policy (category, then type-wide) and computes both deadlines from now.</summary>
    public async Task StartSlaAsync(WorkOrder order, CancellationToken ct)
    {
        var candidates = await query.ToListAsync(policies.Query()
            .Where(p => p.Type == order.Type && p.Priority == order.Priority && (p.CategoryId == order.CategoryId || p.CategoryId == null)), ct);
        var policy = candidates.OrderByDescending(p => p.CategoryId is not null).FirstOrDefault();
        SlaCalculator.Start(order.Sla, policy, await schedules.GetAsync(ct), Now);
    }

    /// <summary>Fires a trigger as the current user; resolving, closing or cancelling a mass incident carries its children along.</summary>
    public Task<WorkOrderTransition> FireAsync(WorkOrder order, WorkOrderTrigger trigger, string? reason, CancellationToken ct) =>
        FireAsync(order, trigger, reason, Now, ct);

    /// <summary>
    /// As above, stamped at <paramref name="at"/>: a technician's step queued offline happened before it arrived. The
    /// caller bounds it (TechnicianJobAppService.StepTime); the SLA restarts on reopening still count from now.
    /// </summary>
    public async Task<WorkOrderTransition> FireAsync(WorkOrder order, WorkOrderTrigger trigger, string? reason, DateTimeOffset at, CancellationToken ct)
    {
        if (order.ParentId is not null && trigger is WorkOrderTrigger.Dispatch)
            throw new BusinessException(WorkOrderErrorCodes.ChildActsWithParent, "trigger");
        var transition = order.Fire(trigger, reason, currentUser.Id, currentUser.UserName, at);
        if (trigger == WorkOrderTrigger.Reopen) await StartSlaAsync(order, ct);
        if (order.Sla.IsPaused && (!order.IsOpen || WorkOrderStateMachine.IsResolved(order.Status)))
            SlaCalculator.Resume(order.Sla, await schedules.GetAsync(ct), at);
        if (trigger is WorkOrderTrigger.Resolve or WorkOrderTrigger.Close or WorkOrderTrigger.Cancel)
            await FollowChildrenAsync(order, trigger, at, ct);
        return transition;
    }

    public async Task<IReadOnlyList<WorkOrder>> ChildrenAsync(Guid parentId, CancellationToken ct) =>
        await query.ToListAsync(orders.QueryWithDetails().Where(w => w.ParentId == parentId), ct);

    private async Task FollowChildrenAsync(WorkOrder parent, WorkOrderTrigger trigger, DateTimeOffset at, CancellationToken ct)
    {
        // Read as the company: the technician who resolves the incident is not assigned to its children, and their
        // scope would hide them — yet the children must follow.
        IReadOnlyList<WorkOrder> children;
        using (SystemAccess.Begin()) children = await ChildrenAsync(parent.Id, ct);
        foreach (var child in children)
        {
            if (child.FollowParent(parent, trigger, currentUser.Id, currentUser.UserName, at) is null) continue;
            // Every affected household hears that the incident is over.
            if (trigger == WorkOrderTrigger.Close && child.CallerNumber is { } phone)
                notifier.Sms(phone, child.ContactName, Localization.L.Get("Notification:MassIncidentClosed:Sms", null,
                    parent.FaultSymptom ?? "", child.Number, company.Value.HotlineNumber), child.Id);
        }
        if (trigger == WorkOrderTrigger.Close && parent.CallerNumber is { } own)
            notifier.Sms(own, parent.ContactName, Localization.L.Get("Notification:MassIncidentClosed:Sms", null,
                parent.FaultSymptom ?? "", parent.Number, company.Value.HotlineNumber), parent.Id);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
