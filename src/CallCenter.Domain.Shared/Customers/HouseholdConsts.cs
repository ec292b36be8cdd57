namespace CallCenter.Customers;

public static class HouseholdConsts
{
    public const int MaxAccountNumberLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxPhonesPerHousehold = 5;
    public const int MaxDistrictLength = 32;
    public const int MaxCommunityLength = 64;
    public const int MaxBuildingLength = 16;
    public const int MaxUnitLength = 16;
    public const int MaxRoomLength = 16;
    public const int MaxNotesLength = 2000;
    public const decimal MaxHeatingAreaM2 = 10_000m;
}
