using System.Globalization;

namespace CallCenter.Telephony.Sdp;

/// <summary>A parsed session description (RFC 4566), lenient about lines it does not use.</summary>
public sealed class SdpSession
{
    public string? ConnectionAddress { get; private set; }
    public string? Direction { get; private set; }
    public List<SdpMedia> Media { get; } = [];

    /// <summary>Returns null when the text is not SDP (no v=0, an unparseable m= line).</summary>
    public static SdpSession? TryParse(string text)
    {
        var session = new SdpSession();
        SdpMedia? current = null;
        var sawVersion = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length < 2 || line[1] != '=') continue;
            var value = line[2..];
            switch (line[0])
            {
                case 'v':
                    sawVersion = value.Trim() == "0";
                    break;
                case 'c':
                    var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 3) return null;
                    var address = parts[2].Split('/')[0];
                    if (current is null) session.ConnectionAddress = address; else current.ConnectionAddress = address;
                    break;
                case 'm':
                    current = ParseMediaLine(value);
                    if (current is null) return null;
                    session.Media.Add(current);
                    break;
                case 'a':
                    ParseAttribute(session, current, value);
                    break;
            }
        }
        return sawVersion ? session : null;
    }

    private static SdpMedia? ParseMediaLine(string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4) return null;
        var portText = parts[1].Split('/')[0];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535) return null;
        var media = new SdpMedia { Type = parts[0], Port = port, Protocol = parts[2] };
        media.Formats.AddRange(parts.Skip(3));
        return media;
    }

    private static void ParseAttribute(SdpSession session, SdpMedia? media, string value)
    {
        var colon = value.IndexOf(':');
        var name = colon < 0 ? value.Trim() : value[..colon];
        var arg = colon < 0 ? "" : value[(colon + 1)..].Trim();
        if (name is "sendrecv" or "sendonly" or "recvonly" or "inactive")
        {
            if (media is null) session.Direction = name; else media.Direction = name;
            return;
        }
        if (media is null) return;
        switch (name)
        {
            case "rtpmap":
                var space = arg.IndexOf(' ');
                if (space < 0 || !int.TryParse(arg[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var pt)) return;
                var enc = arg[(space + 1)..].Split('/');
                var rate = enc.Length > 1 && int.TryParse(enc[1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
                media.RtpMaps[pt] = (enc[0].Trim(), rate);
                break;
            case "fmtp":
                var sp = arg.IndexOf(' ');
                if (sp > 0 && int.TryParse(arg[..sp], NumberStyles.None, CultureInfo.InvariantCulture, out var fpt)) media.Fmtps[fpt] = arg[(sp + 1)..];
                break;
            case "ptime":
                if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var ptime) && ptime is > 0 and <= 200) media.PtimeMs = ptime;
                break;
        }
    }
}
