using System.Globalization;
using System.Text;

namespace CallCenter.Telephony.Sip;

public static class SipSerializer
{
    /// <summary>Writes the message; Content-Length is always recomputed from the body so it can never lie.</summary>
    public static byte[] Serialize(SipMessage message)
    {
        var sb = new StringBuilder(512);
        switch (message)
        {
            case SipRequest r: sb.Append(r.Method).Append(' ').Append(r.Uri).Append(" SIP/2.0\r\n"); break;
            case SipResponse r: sb.Append("SIP/2.0 ").Append(r.StatusCode.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(r.Reason).Append("\r\n"); break;
        }
        foreach (var h in message.Headers)
        {
            if (h.Name.Equals(SipHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)) continue;
            sb.Append(h.Name).Append(": ").Append(h.Value).Append("\r\n");
        }
        sb.Append("Content-Length: ").Append(message.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var head = Encoding.UTF8.GetBytes(sb.ToString());
        if (message.Body.Length == 0) return head;
        var all = new byte[head.Length + message.Body.Length];
        head.CopyTo(all, 0);
        message.Body.CopyTo(all, head.Length);
        return all;
    }
}
