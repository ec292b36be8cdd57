namespace CallCenter.Stations;

public static class StationConsts
{
    public const int MaxCodeLength = 16;
    public const int MaxNameLength = 64;
    public const int MaxDistrictLength = 32;
    public const int MaxCommunityLength = 64;
    public const int MaxPhoneLength = 32;
}
