using System.Text;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// Hostile INVITEs the parser ACCEPTS: each becomes a call, so its From, To, Request-URI and Call-ID reach the
/// application (and, on the SIP node, the call record). Odd display names and users, other URI schemes, empty or
/// huge values, %-escaped control characters, bytes that are not UTF-8. Each has a Call-ID that starts with its own
/// prefix (the node cuts long ones, keeping the start), so a test can find what became of each.
/// </summary>
public static class HostileInviteCorpus
{
    /// <summary>Name, Call-ID prefix, datagram.</summary>
    public static IEnumerable<(string Name, string CallIdPrefix, byte[] Data)> Invites(string runId)
    {
        var n = 0;
        (string, string, byte[]) Make(string name, Func<string, string> shape, string? callId = null)
        {
            var prefix = $"hostile-{runId}-{n++:D2}";
            var text = shape(SipSamples.Invite(branch: "z9hG4bK-" + prefix, callId: callId?.Replace("{id}", prefix) ?? prefix + "@127.0.0.1"));
            // The marker characters \u0001/\u0002 become raw bytes 0xFF/0xC3, which are not UTF-8.
            var data = Encoding.UTF8.GetBytes(text).Select(b => b switch { 0x01 => (byte)0xFF, 0x02 => (byte)0xC3, _ => b }).ToArray();
            return (name, prefix, data);
        }

        const string from = "From: \"Zhang San\" <sip:13800138000@127.0.0.1:5070>;tag=caller-tag";
        yield return Make("From with a mailto: URI", s => s.Replace(from, "From: <mailto:someone@example.com>;tag=caller-tag"));
        yield return Make("From with an unknown scheme", s => s.Replace(from, "From: \"x\" <urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>;tag=caller-tag"));
        yield return Make("From without angle brackets or scheme", s => s.Replace(from, "From: garbage;tag=caller-tag"));
        yield return Make("From with no user", s => s.Replace(from, "From: <sip:127.0.0.1:5070>;tag=caller-tag"));
        yield return Make("From with an unclosed bracket", s => s.Replace(from, "From: \"Li\" <sip:1380013@127.0.0.1;tag=caller-tag"));
        yield return Make("From with an empty display name", s => s.Replace(from, "From: \"\" <sip:13800138000@127.0.0.1>;tag=caller-tag"));
        yield return Make("From with a 3,000-character display name", s => s.Replace("\"Zhang San\"", "\"" + new string('张', 3000) + "\""));
        yield return Make("From with a 3,000-character user", s => s.Replace("sip:13800138000@127.0.0.1:5070>;tag", "sip:" + new string('8', 3000) + "@127.0.0.1:5070>;tag"));
        yield return Make("From user of emoji cut inside a pair", s => s.Replace("sip:13800138000@127.0.0.1:5070>;tag", "sip:1" + string.Concat(Enumerable.Repeat("😀", 40)) + "@127.0.0.1:5070>;tag"));
        yield return Make("From user %00", s => s.Replace("sip:13800138000@127.0.0.1:5070>;tag", "sip:138%00%0A%1B@127.0.0.1:5070>;tag"));
        yield return Make("From user with invalid %-escapes", s => s.Replace("sip:13800138000@127.0.0.1:5070>;tag", "sip:%FF%FE%ZZ%@127.0.0.1:5070>;tag"));
        yield return Make("From display name with a tab", s => s.Replace("\"Zhang San\"", "\"Zhang\tSan\""));
        yield return Make("From tel: URI", s => s.Replace(from, "From: <tel:+86-138-0013-8000;phone-context=cn>;tag=caller-tag"));
        yield return Make("From tel: without a number", s => s.Replace(from, "From: <tel:>;tag=caller-tag"));
        yield return Make("Request-URI with an unknown scheme, To unparseable", s => s
            .Replace("INVITE sip:95598@127.0.0.1:5060 SIP/2.0", "INVITE urn:service:sos SIP/2.0")
            .Replace("To: <sip:95598@127.0.0.1>", "To: nobody"));
        yield return Make("Request-URI without a user, To without a user", s => s
            .Replace("INVITE sip:95598@127.0.0.1:5060", "INVITE sip:127.0.0.1:5060")
            .Replace("To: <sip:95598@127.0.0.1>", "To: <sip:127.0.0.1>"));
        yield return Make("Request-URI user %00", s => s.Replace("INVITE sip:95598@", "INVITE sip:95%00598@"));
        yield return Make("Request-URI with a 2,000-character user", s => s.Replace("INVITE sip:95598@", "INVITE sip:" + new string('9', 2000) + "@"));
        yield return Make("Request-URI user of Chinese text", s => s.Replace("INVITE sip:95598@", "INVITE sip:%E7%83%AD%E7%BA%BF@"));
        yield return Make("Call-ID of 4,000 characters", s => s, callId: "{id}-" + new string('c', 4000));
        yield return Make("Call-ID that is only an at sign after the prefix", s => s, callId: "{id}@");
        yield return Make("Call-ID of emoji", s => s, callId: "{id}" + string.Concat(Enumerable.Repeat("😀", 200)));
        yield return Make("Call-ID with quotes and angle brackets", s => s, callId: "{id}\"<'>;,\\");
        yield return Make("Non-UTF-8 bytes in From and Call-ID", s => s
            .Replace("\"Zhang San\"", "\"\u0001NONUTF\u0001\"")
            .Replace("@127.0.0.1\r\nCSeq", "\u0002NONUTF\u0002@127.0.0.1\r\nCSeq"));
    }
}
