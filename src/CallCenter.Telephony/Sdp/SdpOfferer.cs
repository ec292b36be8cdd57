using System.Globalization;
using System.Net;
using System.Text;
using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Sdp;

/// <summary>
/// RFC 3264 offerer for our outbound legs: one audio stream with PCMU, PCMA and telephone-event/101, the preferred law
/// first (the law the other leg already uses, so a bridge usually needs no transcoding), and the reading of the answer.
/// </summary>
public static class SdpOfferer
{
    public const int TelephoneEventPayloadType = 101;

    public static string CreateOffer(IPAddress localAddress, int localRtpPort, long sessionId, G711Law preferred = G711Law.MuLaw)
    {
        var ip = localAddress.ToString();
        var family = localAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
        var id = sessionId.ToString(CultureInfo.InvariantCulture);
        var formats = preferred == G711Law.ALaw ? "8 0" : "0 8";
        return new StringBuilder()
            .Append("v=0\r\n")
            .Append("o=CallCenter ").Append(id).Append(' ').Append(id).Append(" IN ").Append(family).Append(' ').Append(ip).Append("\r\n")
            .Append("s=CallCenter\r\n")
            .Append("c=IN ").Append(family).Append(' ').Append(ip).Append("\r\n")
            .Append("t=0 0\r\n")
            .Append("m=audio ").Append(localRtpPort.ToString(CultureInfo.InvariantCulture)).Append(" RTP/AVP ").Append(formats).Append(" 101\r\n")
            .Append("a=rtpmap:0 PCMU/8000\r\n")
            .Append("a=rtpmap:8 PCMA/8000\r\n")
            .Append("a=rtpmap:101 telephone-event/8000\r\n")
            .Append("a=fmtp:101 0-15\r\n")
            .Append("a=ptime:20\r\n")
            .Append("a=sendrecv\r\n")
            .ToString();
    }

    /// <summary>
    /// Reads the answer to <see cref="CreateOffer"/>: the first accepted audio stream and the first of our codecs in it.
    /// Null when the answer is not SDP, rejects audio, or picks nothing we offered (the leg is then hung up).
    /// </summary>
    public static SdpAnswer? ReadAnswer(string answerText, string offerText)
    {
        var answer = SdpSession.TryParse(answerText);
        if (answer is null) return null;
        foreach (var media in answer.Media)
        {
            if (media.Type != "audio" || media.Port <= 0 || !media.Protocol.Equals("RTP/AVP", StringComparison.OrdinalIgnoreCase)) continue;
            (int Pt, G711Law Law)? codec = null;
            int? telephoneEvent = null;
            foreach (var format in media.Formats)
            {
                if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127) continue;
                var hasMap = media.RtpMaps.TryGetValue(pt, out var map);
                var name = hasMap ? map.Encoding : pt switch { 0 => "PCMU", 8 => "PCMA", _ => "" };
                if (codec is null && name.Equals("PCMU", StringComparison.OrdinalIgnoreCase)) codec = (pt, G711Law.MuLaw);
                else if (codec is null && name.Equals("PCMA", StringComparison.OrdinalIgnoreCase)) codec = (pt, G711Law.ALaw);
                else if (telephoneEvent is null && name.Equals("telephone-event", StringComparison.OrdinalIgnoreCase)) telephoneEvent = pt;
            }
            if (codec is null) return null;
            var address = media.ConnectionAddress ?? answer.ConnectionAddress;
            if (address is null || !IPAddress.TryParse(address, out var remoteIp)) return null;
            var direction = (media.Direction ?? answer.Direction) switch
            {
                "sendonly" => "recvonly",
                "recvonly" => "sendonly",
                "inactive" => "inactive",
                _ => "sendrecv",
            };
            return new SdpAnswer
            {
                Text = offerText, Law = codec.Value.Law, AudioPayloadType = codec.Value.Pt, TelephoneEventPayloadType = telephoneEvent,
                PtimeMs = media.PtimeMs ?? SdpNegotiator.DefaultPtimeMs, RemoteRtp = new IPEndPoint(remoteIp, media.Port), Direction = direction,
            };
        }
        return null;
    }
}
