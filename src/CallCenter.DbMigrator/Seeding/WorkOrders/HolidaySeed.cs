using CallCenter.Calendars;

namespace CallCenter.Seeding.WorkOrders;

/// <summary>
/// Chinese public holidays and 调休 working days around the 2026–2027 heating season. The State Council publishes
/// each year's dates in the autumn before; dates for 2027 follow the usual pattern and an administrator confirms
/// them on the calendar page once published.
/// </summary>
public static class HolidaySeed
{
    public static IEnumerable<(DateOnly Date, SpecialDayKind Kind, string Name, int? Start, int? End)> All()
    {
        foreach (var d in Range(2026, 10, 1, 7)) yield return (d, SpecialDayKind.Holiday, "国庆节", null, null);
        yield return (new DateOnly(2026, 9, 27), SpecialDayKind.WorkingDay, "国庆节调休", null, null);
        yield return (new DateOnly(2026, 10, 10), SpecialDayKind.WorkingDay, "国庆节调休", null, null);
        foreach (var d in Range(2027, 1, 1, 3)) yield return (d, SpecialDayKind.Holiday, "元旦", null, null);
        foreach (var d in Range(2027, 2, 5, 7)) yield return (d, SpecialDayKind.Holiday, "春节", null, null);
        yield return (new DateOnly(2027, 1, 31), SpecialDayKind.WorkingDay, "春节调休", null, null);
        yield return (new DateOnly(2027, 2, 20), SpecialDayKind.WorkingDay, "春节调休", null, null);
        foreach (var d in Range(2027, 4, 3, 3)) yield return (d, SpecialDayKind.Holiday, "清明节", null, null);
    }

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i));
}
