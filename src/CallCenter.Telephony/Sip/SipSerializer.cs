using System.Globalization;
using System.Text;

namespace CallCenter.Telephony.Sip;

public static class SipSerializer
{
    /// <summary>Writes the message; Content-Length is always recomputed from the body so it can never lie.</summary>
    /// <remarks>
    /// Measures first, then encodes every piece straight into one array of the exact size: no StringBuilder, no
    /// intermediate string and no second copy for the body (this runs for every response and retransmission).
    /// </remarks>
    public static byte[] Serialize(SipMessage message)
    {
        var utf8 = Encoding.UTF8;
        Span<char> length = stackalloc char[11];
        Span<char> status = stackalloc char[11];
        var bodyLength = message.Body.Length;
        bodyLength.TryFormat(length, out var bodyDigits, provider: CultureInfo.InvariantCulture);
        var statusDigits = message is SipResponse response && response.StatusCode.TryFormat(status, out var d, provider: CultureInfo.InvariantCulture) ? d : 0;
        var size = 0;
        switch (message)
        {
            case SipRequest r: size += utf8.GetByteCount(r.Method) + 1 + utf8.GetByteCount(r.Uri) + " SIP/2.0\r\n".Length; break;
            case SipResponse r: size += "SIP/2.0 ".Length + statusDigits + 1 + utf8.GetByteCount(r.Reason) + 2; break;
        }
        foreach (var h in message.Headers)
        {
            if (IsContentLength(h)) continue;
            size += utf8.GetByteCount(h.Name) + 2 + utf8.GetByteCount(h.Value) + 2;
        }
        size += "Content-Length: ".Length + bodyDigits + 4 + bodyLength;

        var bytes = new byte[size];
        var at = 0;
        switch (message)
        {
            case SipRequest r:
                at += utf8.GetBytes(r.Method, bytes.AsSpan(at));
                bytes[at++] = (byte)' ';
                at += utf8.GetBytes(r.Uri, bytes.AsSpan(at));
                at += Ascii(" SIP/2.0\r\n", bytes, at);
                break;
            case SipResponse r:
                at += Ascii("SIP/2.0 ", bytes, at);
                at += Ascii(status[..statusDigits], bytes, at);
                bytes[at++] = (byte)' ';
                at += utf8.GetBytes(r.Reason, bytes.AsSpan(at));
                at += Ascii("\r\n", bytes, at);
                break;
        }
        foreach (var h in message.Headers)
        {
            if (IsContentLength(h)) continue;
            at += utf8.GetBytes(h.Name, bytes.AsSpan(at));
            at += Ascii(": ", bytes, at);
            at += utf8.GetBytes(h.Value, bytes.AsSpan(at));
            at += Ascii("\r\n", bytes, at);
        }
        at += Ascii("Content-Length: ", bytes, at);
        at += Ascii(length[..bodyDigits], bytes, at);
        at += Ascii("\r\n\r\n", bytes, at);
        message.Body.CopyTo(bytes, at);
        return bytes;
    }

    private static bool IsContentLength(SipHeader h) => h.Name.Equals(SipHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase);

    private static int Ascii(ReadOnlySpan<char> text, byte[] bytes, int at) => Encoding.ASCII.GetBytes(text, bytes.AsSpan(at));
}
