using CallCenter.Telephony.Media;
using System.Net;

namespace CallCenter.Telephony.Sdp;

/// <summary>The outcome of answering an offer: what to send, how to packetise, and where the peer listens.</summary>
public sealed record SdpAnswer
{
    public required string Text { get; init; }
    public required G711Law Law { get; init; }
    /// <summary>The payload type the offerer used for the chosen codec (mirrored, even when dynamic).</summary>
    public required int AudioPayloadType { get; init; }
    /// <summary>telephone-event payload type from the offer (96, 101, …) or null when DTMF events were not offered.</summary>
    public int? TelephoneEventPayloadType { get; init; }
    public required int PtimeMs { get; init; }
    public required IPEndPoint RemoteRtp { get; init; }
    /// <summary>Our direction in the answer: sendrecv, sendonly, recvonly or inactive.</summary>
    public required string Direction { get; init; }
}
