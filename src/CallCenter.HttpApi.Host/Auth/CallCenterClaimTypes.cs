namespace CallCenter.Auth;

public static class CallCenterClaimTypes
{
    public const string StationId = "station_id";
    public const string DisplayName = "display_name";
    /// <summary>In bearer tokens: the fingerprint of the security stamp they were issued under (see TokenStampValidator).</summary>
    public const string StampFingerprint = "stamp_fp";
}
