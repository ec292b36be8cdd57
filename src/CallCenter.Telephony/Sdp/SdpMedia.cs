namespace CallCenter.Telephony.Sdp;

/// <summary>One m= section with the attributes offer/answer needs.</summary>
public sealed class SdpMedia
{
    public string Type { get; init; } = "";
    public int Port { get; init; }
    public string Protocol { get; init; } = "";
    public List<string> Formats { get; } = [];
    /// <summary>rtpmap by payload type: encoding name and clock rate.</summary>
    public Dictionary<int, (string Encoding, int ClockRate)> RtpMaps { get; } = [];
    public Dictionary<int, string> Fmtps { get; } = [];
    public int? PtimeMs { get; set; }
    public string? Direction { get; set; }
    public string? ConnectionAddress { get; set; }
}
