namespace CallCenter.Customers;

/// <summary>
/// The import file's columns. Each accepts its English name or the Chinese heading a heating company's
/// spreadsheet already uses, so files exported from the billing system import without renaming columns.
/// </summary>
public static class HouseholdCsvColumns
{
    public static readonly (string Field, string English, string Chinese)[] All =
    [
        ("accountNumber", "AccountNumber", "户号"),
        ("name", "Name", "姓名"),
        ("phones", "Phones", "电话"),
        ("district", "District", "区"),
        ("community", "Community", "小区"),
        ("building", "Building", "楼号"),
        ("unit", "Unit", "单元"),
        ("room", "Room", "房号"),
        ("heatingAreaM2", "HeatingAreaM2", "供热面积"),
        ("heatingType", "HeatingType", "供热方式"),
        ("status", "Status", "状态"),
        ("stationCode", "StationCode", "换热站编码"),
        ("careFlags", "CareFlags", "关怀标记"),
        ("notes", "Notes", "备注"),
    ];

    public static readonly Dictionary<string, HeatingType> HeatingTypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Radiator"] = HeatingType.Radiator, ["暖气片"] = HeatingType.Radiator, ["散热器"] = HeatingType.Radiator,
        ["FloorHeating"] = HeatingType.FloorHeating, ["地暖"] = HeatingType.FloorHeating,
    };

    public static readonly Dictionary<string, AccountStatus> StatusNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Normal"] = AccountStatus.Normal, ["正常"] = AccountStatus.Normal,
        ["Arrears"] = AccountStatus.Arrears, ["欠费"] = AccountStatus.Arrears,
        ["Suspended"] = AccountStatus.Suspended, ["停供"] = AccountStatus.Suspended,
        ["Closed"] = AccountStatus.Closed, ["销户"] = AccountStatus.Closed,
    };

    public static readonly Dictionary<string, CareFlags> CareFlagNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ElderlyLivingAlone"] = CareFlags.ElderlyLivingAlone, ["独居老人"] = CareFlags.ElderlyLivingAlone,
        ["Disabled"] = CareFlags.Disabled, ["残障"] = CareFlags.Disabled, ["残障人士"] = CareFlags.Disabled,
        ["Infant"] = CareFlags.Infant, ["婴幼儿"] = CareFlags.Infant,
        ["SeriouslyIll"] = CareFlags.SeriouslyIll, ["重病"] = CareFlags.SeriouslyIll, ["慢性病"] = CareFlags.SeriouslyIll,
        ["LowIncome"] = CareFlags.LowIncome, ["低保"] = CareFlags.LowIncome, ["低保户"] = CareFlags.LowIncome,
        ["RepeatComplainant"] = CareFlags.RepeatComplainant, ["多次投诉"] = CareFlags.RepeatComplainant,
    };

    public static readonly char[] ListSeparators = [';', '；', '、', '|', '/', '，', ','];

    /// <summary>The header line of the downloadable template: Chinese headings, which the importer also reads.</summary>
    public static string TemplateHeader => string.Join(",", All.Select(c => c.Chinese));
}
