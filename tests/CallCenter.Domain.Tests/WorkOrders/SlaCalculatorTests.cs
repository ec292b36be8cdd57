using CallCenter.Calendars;
using CallCenter.WorkOrders;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.WorkOrders;

/// <summary>Deadlines on a business calendar with Chinese holidays and a pause, driven by FakeTimeProvider.</summary>
public sealed class SlaCalculatorTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // Weekdays 08:00–12:00 and 13:00–17:30; New Year 2027-01-01..03 closed; Sunday 2027-01-31 a 调休 working day.
    private static readonly BusinessSchedule Calendar = new(Shanghai,
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .SelectMany(d => new[] { (d, 8 * 60, 12 * 60), (d, 13 * 60, 17 * 60 + 30) }),
        [
            (new DateOnly(2027, 1, 1), SpecialDayKind.Holiday, "元旦", null, null),
            (new DateOnly(2027, 1, 2), SpecialDayKind.Holiday, "元旦", null, null),
            (new DateOnly(2027, 1, 3), SpecialDayKind.Holiday, "元旦", null, null),
            (new DateOnly(2027, 1, 31), SpecialDayKind.WorkingDay, "春节调休", null, null),
        ]);

    private static DateTimeOffset Local(int y, int mo, int d, int h, int mi = 0) => new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static SlaPolicy Policy(int response, int resolution, bool roundTheClock = false) =>
        new() { ResponseMinutes = response, ResolutionMinutes = resolution, RoundTheClock = roundTheClock, WarningPercent = 80 };

    [Fact]
    public void Should_Skip_The_Holiday_Weekend_And_Lunch_When_Computing_Deadlines()
    {
        var time = new FakeTimeProvider(Local(2026, 12, 31, 16, 30)); // Thursday 16:30, New Year's Eve
        var sla = new WorkOrderSla();

        SlaCalculator.Start(sla, Policy(4 * 60, 8 * 60), Calendar, time.GetUtcNow());

        // 1 h on Thursday, then Fri–Sun are holidays: Monday 08:00 + 3 h = 11:00.
        sla.ResponseDueAt.ShouldBe(Local(2027, 1, 4, 11, 0));
        // 1 h Thursday + Monday 4 h morning + 3 h afternoon from 13:00 = Monday 16:00.
        sla.ResolutionDueAt.ShouldBe(Local(2027, 1, 4, 16, 0));
    }

    [Fact]
    public void Should_Count_A_Tiaoxiu_Sunday_As_A_Working_Day()
    {
        var due = Calendar.Add(Local(2027, 1, 29, 17, 0), TimeSpan.FromHours(1)); // Friday 17:00 + 1 h
        due.ShouldBe(Local(2027, 1, 31, 8, 30));
    }

    [Fact]
    public void Should_Run_Round_The_Clock_For_Urgent_Orders()
    {
        var start = Local(2027, 1, 1, 23, 0);
        var sla = new WorkOrderSla();
        SlaCalculator.Start(sla, Policy(30, 240, roundTheClock: true), Calendar, start);
        sla.ResponseDueAt.ShouldBe(start.AddMinutes(30));
        sla.ResolutionDueAt.ShouldBe(start.AddHours(4));
    }

    [Fact]
    public void Should_Warn_At_80_Percent_Breach_At_The_Deadline_And_Move_It_By_A_Pause()
    {
        var time = new FakeTimeProvider(Local(2027, 1, 5, 8, 0)); // Tuesday 08:00
        var sla = new WorkOrderSla();
        SlaCalculator.Start(sla, Policy(60, 4 * 60), Calendar, time.GetUtcNow());
        SlaCalculator.Evaluate(WorkOrderStatus.Assigned, sla, Calendar, time.GetUtcNow()).State.ShouldBe(SlaState.Ok);

        time.Advance(TimeSpan.FromMinutes(48)); // 80 % of the 60-minute response time
        SlaCalculator.Evaluate(WorkOrderStatus.Assigned, sla, Calendar, time.GetUtcNow()).State.ShouldBe(SlaState.Warning);
        time.Advance(TimeSpan.FromMinutes(12));
        SlaCalculator.Evaluate(WorkOrderStatus.Assigned, sla, Calendar, time.GetUtcNow()).State.ShouldBe(SlaState.Breached);

        // Accepted at 09:00; resolution due 12:00. The customer is not home from 10:00 to 14:00 (3 business hours: lunch does not count).
        time.SetUtcNow(Local(2027, 1, 5, 10, 0));
        SlaCalculator.Pause(sla, time.GetUtcNow());
        time.SetUtcNow(Local(2027, 1, 5, 14, 0));
        SlaCalculator.Evaluate(WorkOrderStatus.OnSite, sla, Calendar, time.GetUtcNow()).State.ShouldBe(SlaState.Paused);
        SlaCalculator.Resume(sla, Calendar, time.GetUtcNow());

        sla.PausedTotal.ShouldBe(TimeSpan.FromHours(3));
        sla.ResolutionDueAt.ShouldBe(Local(2027, 1, 5, 16, 0)); // 12:00 + 3 business hours (13:00–16:00)
        SlaCalculator.Evaluate(WorkOrderStatus.OnSite, sla, Calendar, time.GetUtcNow()).State.ShouldBe(SlaState.Ok);
    }

    [Fact]
    public void Should_Report_Closed_On_Holidays_And_Open_In_Office_Hours()
    {
        Calendar.IsOpen(Local(2027, 1, 1, 10, 0)).ShouldBeFalse();
        Calendar.HolidayName(new DateOnly(2027, 1, 1)).ShouldBe("元旦");
        Calendar.IsOpen(Local(2027, 1, 4, 10, 0)).ShouldBeTrue();
        Calendar.IsOpen(Local(2027, 1, 4, 12, 30)).ShouldBeFalse();
        Calendar.NextChange(Local(2027, 1, 4, 12, 30)).ShouldBe(Local(2027, 1, 4, 13, 0));
    }

    [Theory]
    [InlineData(Urgency.Medium, Impact.Household, Customers.CareFlags.ElderlyLivingAlone, WorkOrderPriority.Urgent)]
    [InlineData(Urgency.Medium, Impact.Household, Customers.CareFlags.None, WorkOrderPriority.Normal)]
    [InlineData(Urgency.Low, Impact.Area, Customers.CareFlags.None, WorkOrderPriority.High)]
    [InlineData(Urgency.High, Impact.Building, Customers.CareFlags.None, WorkOrderPriority.Urgent)]
    public void Should_Derive_Priority_From_Urgency_Impact_And_Care(Urgency urgency, Impact impact, Customers.CareFlags care, WorkOrderPriority expected) =>
        PriorityMatrix.Compute(urgency, impact, care, WorkOrderType.Repair).Priority.ShouldBe(expected);

    [Fact]
    public void Should_Move_A_Deadline_When_Its_Day_Becomes_A_Holiday_And_Keep_The_Budget()
    {
        var sla = new WorkOrderSla();
        SlaCalculator.Start(sla, Policy(4 * 60, 8 * 60), Calendar, Local(2027, 1, 5, 16, 30)); // Tuesday 16:30
        sla.ResponseDueAt.ShouldBe(Local(2027, 1, 6, 11, 0)); // 1 h Tuesday + 3 h Wednesday morning
        var withHoliday = new BusinessSchedule(Shanghai,
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .SelectMany(d => new[] { (d, 8 * 60, 12 * 60), (d, 13 * 60, 17 * 60 + 30) }),
            [(new DateOnly(2027, 1, 6), SpecialDayKind.Holiday, "临时停业", null, null)]);

        SlaCalculator.Reschedule(sla, Calendar, withHoliday).ShouldBeTrue();

        sla.ResponseDueAt.ShouldBe(Local(2027, 1, 7, 11, 0)); // Wednesday closed: the same 4 business hours end on Thursday
        sla.ResolutionDueAt.ShouldBe(Local(2027, 1, 7, 16, 0));
        SlaCalculator.Reschedule(sla, withHoliday, withHoliday).ShouldBeFalse();
    }
}
