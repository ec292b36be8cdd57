using CallCenter.Phones;

namespace CallCenter.Customers;

internal static class HouseholdMapper
{
    public static HouseholdDto ToDto(this Household h, Stations.Station? station, PhoneNumberNormalizer phones) => new(
        h.Id, h.AccountNumber, h.Name,
        h.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.ToDto(phones)).ToList(),
        new AddressDto(h.District, h.Community, h.Building, h.Unit, h.Room),
        h.HeatingAreaM2, h.StationId, station?.Code, station?.Name, h.StationSetExplicitly,
        h.HeatingType, h.Status, h.CareFlags, h.Notes, h.CreationTime, h.LastModificationTime, h.ConcurrencyStamp);

    public static HouseholdPhoneDto ToDto(this HouseholdPhone p, PhoneNumberNormalizer phones) =>
        new(p.Number, phones.Normalize(p.Number)?.Display ?? p.Number, p.Kind, p.IsPrimary, p.Extension);
}
