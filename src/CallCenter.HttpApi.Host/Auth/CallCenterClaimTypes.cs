namespace CallCenter.Auth;

public static class CallCenterClaimTypes
{
    public const string StationId = "station_id";
    public const string DisplayName = "display_name";
}
