using CallCenter.Calendars;

namespace CallCenter.WorkOrders;

/// <summary>
/// Deadlines and countdowns on a business schedule. Pure: the caller passes "now" (from TimeProvider), so tests
/// drive it with FakeTimeProvider and a calendar with holidays.
/// </summary>
public static class SlaCalculator
{
    public static BusinessSchedule ScheduleFor(WorkOrderSla sla, BusinessSchedule calendar) => sla.RoundTheClock ? BusinessSchedule.RoundTheClock : calendar;

    /// <summary>Starts (or, on reopening, restarts) both deadlines from <paramref name="now"/>.</summary>
    public static void Start(WorkOrderSla sla, SlaPolicy? policy, BusinessSchedule calendar, DateTimeOffset now)
    {
        sla.PolicyId = policy?.Id;
        sla.RoundTheClock = policy?.RoundTheClock ?? false;
        sla.WarningPercent = policy?.WarningPercent ?? 80;
        sla.StartedAt = now;
        sla.PausedAt = null;
        sla.PausedTotal = TimeSpan.Zero;
        sla.ResponseWarnedAt = sla.ResolutionWarnedAt = sla.ResponseBreachedAt = sla.ResolutionBreachedAt = null;
        if (policy is null)
        {
            sla.ResponseDueAt = sla.ResolutionDueAt = null;
            return;
        }
        var schedule = ScheduleFor(sla, calendar);
        sla.ResponseDueAt = schedule.Add(now, TimeSpan.FromMinutes(policy.ResponseMinutes));
        sla.ResolutionDueAt = schedule.Add(now, TimeSpan.FromMinutes(policy.ResolutionMinutes));
    }

    public static void Pause(WorkOrderSla sla, DateTimeOffset now) => sla.PausedAt ??= now;

    /// <summary>Ends a pause: the deadlines move by the business time that passed while paused.</summary>
    public static void Resume(WorkOrderSla sla, BusinessSchedule calendar, DateTimeOffset now)
    {
        if (sla.PausedAt is not { } pausedAt) return;
        var schedule = ScheduleFor(sla, calendar);
        var paused = schedule.BusinessTimeBetween(pausedAt, now);
        sla.PausedTotal += paused;
        if (sla.ResponseDueAt is { } r) sla.ResponseDueAt = schedule.Add(r, paused);
        if (sla.ResolutionDueAt is { } d) sla.ResolutionDueAt = schedule.Add(d, paused);
        sla.PausedAt = null;
    }

    /// <summary>
    /// The business calendar changed (a holiday added, hours moved): each deadline keeps its budget of business time
    /// from the start — measured on the calendar it was computed with — and is counted again on the new one. Round the
    /// clock deadlines do not depend on the calendar. Returns whether a deadline moved. (ADR 0500, amendment.)
    /// </summary>
    public static bool Reschedule(WorkOrderSla sla, BusinessSchedule before, BusinessSchedule after)
    {
        if (sla.RoundTheClock || sla.StartedAt is not { } started) return false;
        DateTimeOffset? Move(DateTimeOffset? due) => due is { } d ? after.Add(started, before.BusinessTimeBetween(started, d)) : null;
        var (response, resolution) = (Move(sla.ResponseDueAt), Move(sla.ResolutionDueAt));
        var moved = response != sla.ResponseDueAt || resolution != sla.ResolutionDueAt;
        (sla.ResponseDueAt, sla.ResolutionDueAt) = (response, resolution);
        return moved;
    }

    /// <summary>Which deadline runs for an order in <paramref name="status"/>: response before acceptance, then resolution.</summary>
    public static DateTimeOffset? CurrentDue(WorkOrderStatus status, WorkOrderSla sla) =>
        CurrentDue(status, sla.ResponseDueAt, sla.ResolutionDueAt);

    public static DateTimeOffset? CurrentDue(WorkOrderStatus status, DateTimeOffset? responseDueAt, DateTimeOffset? resolutionDueAt) =>
        !WorkOrderStateMachine.IsOpen(status) || WorkOrderStateMachine.IsResolved(status) ? null
        : WorkOrderStateMachine.AwaitsResponse(status) ? responseDueAt
        : resolutionDueAt;

    public static SlaEvaluation Evaluate(WorkOrderStatus status, WorkOrderSla sla, BusinessSchedule calendar, DateTimeOffset now)
    {
        if (sla.StartedAt is not { } started) return new SlaEvaluation(SlaState.None, null, null);
        if (WorkOrderStateMachine.IsResolved(status) || status == WorkOrderStatus.Cancelled)
        {
            var breached = sla.ResolutionBreachedAt is not null || sla.ResponseBreachedAt is not null;
            return new SlaEvaluation(breached ? SlaState.Breached : SlaState.Met, null, null);
        }
        var due = CurrentDue(status, sla);
        if (due is null) return new SlaEvaluation(SlaState.None, null, null);
        var schedule = ScheduleFor(sla, calendar);
        // While paused the clock stands at the moment the pause began.
        var effectiveNow = sla.PausedAt ?? now;
        var allowed = schedule.BusinessTimeBetween(started, due.Value) - sla.PausedTotal;
        var used = schedule.BusinessTimeBetween(started, effectiveNow) - sla.PausedTotal;
        var percent = allowed <= TimeSpan.Zero ? 100m : Math.Round((decimal)(used / allowed) * 100m, 1);
        var state = sla.IsPaused ? SlaState.Paused
            : effectiveNow >= due.Value ? SlaState.Breached
            : percent >= sla.WarningPercent ? SlaState.Warning
            : SlaState.Ok;
        return new SlaEvaluation(state, due, Math.Max(0m, percent));
    }

    /// <summary>The moment the warning threshold of the running deadline is reached.</summary>
    public static DateTimeOffset? WarningAt(WorkOrderStatus status, WorkOrderSla sla, BusinessSchedule calendar)
    {
        if (sla.StartedAt is not { } started || CurrentDue(status, sla) is not { } due) return null;
        var schedule = ScheduleFor(sla, calendar);
        var allowed = schedule.BusinessTimeBetween(started, due);
        return schedule.Add(started, allowed * (sla.WarningPercent / 100.0));
    }
}

public sealed record SlaEvaluation(SlaState State, DateTimeOffset? CurrentDue, decimal? PercentUsed);
