using CallCenter.Telephony.Media;
using System.Globalization;
using System.Net;
using System.Text;

namespace CallCenter.Telephony.Sdp;

/// <summary>
/// RFC 3264 answerer for one audio stream of G.711 plus telephone-event. The offerer's payload-type numbers and
/// ptime are mirrored, because peers that see their dynamic types renumbered often drop the DTMF.
/// </summary>
public static class SdpNegotiator
{
    public const int DefaultPtimeMs = 20;

    /// <summary>Returns null when nothing acceptable was offered; the caller answers 488 Not Acceptable Here.</summary>
    public static SdpAnswer? Answer(string offerText, IPAddress localAddress, int localRtpPort, long sessionId)
    {
        var offer = SdpSession.TryParse(offerText);
        if (offer is null) return null;
        SdpAnswer? chosen = null;
        var mLines = new StringBuilder();
        foreach (var media in offer.Media)
        {
            if (chosen is null && media.Type == "audio" && media.Port > 0 && media.Protocol.Equals("RTP/AVP", StringComparison.OrdinalIgnoreCase))
            {
                chosen = TryAnswerAudio(offer, media, localRtpPort, mLines);
                if (chosen is not null) continue;
            }
            // RFC 3264 §6: every offered stream gets an m= line; port 0 rejects it.
            mLines.Append("m=").Append(media.Type).Append(" 0 ").Append(media.Protocol).Append(' ').Append(media.Formats.FirstOrDefault() ?? "0").Append("\r\n");
        }
        if (chosen is null) return null;
        var ip = localAddress.ToString();
        var family = localAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
        var text = new StringBuilder()
            .Append("v=0\r\n")
            .Append("o=CallCenter ").Append(sessionId.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(sessionId.ToString(CultureInfo.InvariantCulture)).Append(" IN ").Append(family).Append(' ').Append(ip).Append("\r\n")
            .Append("s=CallCenter\r\n")
            .Append("c=IN ").Append(family).Append(' ').Append(ip).Append("\r\n")
            .Append("t=0 0\r\n")
            .Append(mLines);
        return chosen with { Text = text.ToString() };
    }

    private static SdpAnswer? TryAnswerAudio(SdpSession offer, SdpMedia media, int localRtpPort, StringBuilder mLines)
    {
        (int Pt, G711Law Law)? codec = null;
        int? telephoneEvent = null;
        foreach (var format in media.Formats)
        {
            if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127) continue;
            var hasMap = media.RtpMaps.TryGetValue(pt, out var map);
            if (codec is null)
            {
                if (hasMap ? IsCodec(map, "PCMU") : pt == 0) codec = (pt, G711Law.MuLaw);
                else if (hasMap ? IsCodec(map, "PCMA") : pt == 8) codec = (pt, G711Law.ALaw);
            }
            if (telephoneEvent is null && hasMap && IsCodec(map, "telephone-event")) telephoneEvent = pt;
        }
        if (codec is null) return null;
        var remoteAddress = media.ConnectionAddress ?? offer.ConnectionAddress;
        if (remoteAddress is null || !IPAddress.TryParse(remoteAddress, out var remoteIp)) return null;

        var ptime = media.PtimeMs ?? DefaultPtimeMs;
        var direction = (media.Direction ?? offer.Direction) switch
        {
            "sendonly" => "recvonly",
            "recvonly" => "sendonly",
            "inactive" => "inactive",
            _ => "sendrecv",
        };
        var (pt0, law) = codec.Value;
        var m = new StringBuilder().Append("m=audio ").Append(localRtpPort.ToString(CultureInfo.InvariantCulture)).Append(" RTP/AVP ").Append(pt0.ToString(CultureInfo.InvariantCulture));
        if (telephoneEvent is { } te) m.Append(' ').Append(te.ToString(CultureInfo.InvariantCulture));
        m.Append("\r\n")
         .Append("a=rtpmap:").Append(pt0.ToString(CultureInfo.InvariantCulture)).Append(law == G711Law.MuLaw ? " PCMU/8000\r\n" : " PCMA/8000\r\n");
        if (telephoneEvent is { } te2)
        {
            var tes = te2.ToString(CultureInfo.InvariantCulture);
            m.Append("a=rtpmap:").Append(tes).Append(" telephone-event/8000\r\n")
             .Append("a=fmtp:").Append(tes).Append(" 0-15\r\n");
        }
        m.Append("a=ptime:").Append(ptime.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
         .Append("a=").Append(direction).Append("\r\n");
        mLines.Append(m);
        return new SdpAnswer
        {
            Text = "", Law = law, AudioPayloadType = pt0, TelephoneEventPayloadType = telephoneEvent, PtimeMs = ptime,
            RemoteRtp = new IPEndPoint(remoteIp, media.Port), Direction = direction,
        };
    }

    private static bool IsCodec((string Encoding, int ClockRate) map, string name) =>
        map.Encoding.Equals(name, StringComparison.OrdinalIgnoreCase) && map.ClockRate is 8000 or 0;
}
