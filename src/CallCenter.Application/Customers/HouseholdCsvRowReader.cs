using System.Globalization;
using CallCenter.Validation;

namespace CallCenter.Customers;

/// <summary>Turns one CSV row (column → text) into the same form an agent would submit, noting unparsable cells.</summary>
internal static class HouseholdCsvRowReader
{
    public static (CreateUpdateHouseholdDto Input, string? StationCode) Read(
        IReadOnlyDictionary<string, string> cells, FieldValidator v)
    {
        string? Cell(string field) => cells.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        decimal area = 0;
        if (Cell("heatingAreaM2") is { } areaText &&
            !decimal.TryParse(areaText.Replace("㎡", "").Replace("m2", "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out area))
            v.Add("heatingAreaM2", "Validation:Range", 0, HouseholdConsts.MaxHeatingAreaM2);

        var heatingType = HeatingType.Radiator;
        if (Cell("heatingType") is { } typeText && !HouseholdCsvColumns.HeatingTypeNames.TryGetValue(typeText, out heatingType))
            v.Add("heatingType", "Validation:Enum", typeText);

        var status = AccountStatus.Normal;
        if (Cell("status") is { } statusText && !HouseholdCsvColumns.StatusNames.TryGetValue(statusText, out status))
            v.Add("status", "Validation:Enum", statusText);

        var care = CareFlags.None;
        foreach (var flag in Split(Cell("careFlags")))
        {
            if (HouseholdCsvColumns.CareFlagNames.TryGetValue(flag, out var parsed)) care |= parsed;
            else v.Add("careFlags", "Validation:Enum", flag);
        }

        var phones = Split(Cell("phones")).Select((p, i) => new HouseholdPhoneInputDto(p, i == 0)).ToList();
        var input = new CreateUpdateHouseholdDto
        {
            AccountNumber = Cell("accountNumber") ?? "",
            Name = Cell("name") ?? "",
            Phones = phones,
            District = Cell("district") ?? "",
            Community = Cell("community") ?? "",
            Building = Cell("building"),
            Unit = Cell("unit"),
            Room = Cell("room"),
            HeatingAreaM2 = area,
            HeatingType = heatingType,
            Status = status,
            CareFlags = care,
            Notes = Cell("notes"),
        };
        return (input, Cell("stationCode"));
    }

    // A phone's own spaces and dashes stay; only list separators split ("0451-8888-1234；13800138000").
    private static IEnumerable<string> Split(string? text) => text is null
        ? []
        : text.Split(HouseholdCsvColumns.ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
