using CallCenter.Customers;

namespace CallCenter.Seeding;

/// <summary>
/// Deterministic, plausible households: Chinese names, addresses in the demo stations' communities, mobile and
/// landline numbers. The same index always gives the same household, so seeding is repeatable and idempotent.
/// </summary>
public static class DemoHouseholdGenerator
{
    public const long FirstAccountNumber = 1_000_000_001;

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕"];
    private static readonly string[] GivenNames =
        ["秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "凤英", "玉珍", "建国", "建华", "国华", "志强", "永刚", "海燕", "丽华", "淑华", "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀珍", "丽", "刚", "平", "辉", "玲", "桂芝", "宏伟", "晓东"];
    private static readonly string[] MobilePrefixes = ["138", "139", "137", "135", "150", "151", "152", "158", "159", "186", "187", "188", "130", "131", "132", "155", "156", "133", "153", "180", "181", "189", "177", "199"];

    public sealed record DemoHousehold(
        string AccountNumber, string Name, IReadOnlyList<string> Phones, string District, string Community,
        string Building, string Unit, string Room, decimal HeatingAreaM2, HeatingType HeatingType, AccountStatus Status,
        CareFlags CareFlags, string StationCode);

    /// <summary>The household the README and the browser test use: found by "0451-8888-1234".</summary>
    public static DemoHousehold Showcase { get; } = new("1000000001", "王秀英", ["13800138000", "0451-88881234"], "南岗区", "阳光小区",
        "3", "2", "501", 86.50m, HeatingType.Radiator, AccountStatus.Normal, CareFlags.ElderlyLivingAlone, "HR01");

    public static IEnumerable<DemoHousehold> Generate(int count)
    {
        if (count > 0) yield return Showcase;
        for (var i = 1; i < count; i++) yield return Create(i);
    }

    private static DemoHousehold Create(int index)
    {
        var random = new Random(20261122 + index);
        var station = DemoStations.All[index % DemoStations.All.Length];
        var community = station.Communities[random.Next(station.Communities.Length)];
        var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
        // Mobile numbers are built from the index so no two households share one by accident (families do, see below).
        var mobile = MobilePrefixes[index % MobilePrefixes.Length] + (10_000_000 + index * 7919 % 89_999_999).ToString("D8");
        var phones = new List<string> { mobile };
        if (random.Next(4) == 0) phones.Add("0451-8" + (1_000_000 + index * 31 % 8_999_999).ToString("D7"));
        var floor = random.Next(1, 19);
        var roll = random.Next(100);
        var status = roll < 85 ? AccountStatus.Normal : roll < 93 ? AccountStatus.Arrears : roll < 98 ? AccountStatus.Suspended : AccountStatus.Closed;
        var care = random.Next(100) switch
        {
            < 6 => CareFlags.ElderlyLivingAlone,
            < 8 => CareFlags.ElderlyLivingAlone | CareFlags.SeriouslyIll,
            < 10 => CareFlags.Infant,
            < 11 => CareFlags.Disabled,
            < 13 => CareFlags.LowIncome,
            _ => CareFlags.None,
        };
        return new DemoHousehold(
            (FirstAccountNumber + index).ToString(), name, phones, station.District, community,
            random.Next(1, 31).ToString(), random.Next(1, 7).ToString(), $"{floor}0{random.Next(1, 5)}",
            Math.Round(45m + (decimal)random.NextDouble() * 110m, 2),
            random.Next(5) == 0 ? HeatingType.FloorHeating : HeatingType.Radiator, status, care, station.Code);
    }
}
