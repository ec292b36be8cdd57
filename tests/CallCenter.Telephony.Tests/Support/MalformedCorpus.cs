using System.Text;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// Malformed and hostile SIP datagrams: a hand-written table with the error each must produce, plus deterministic
/// mutations (truncations, byte flips, duplicated lines) of a valid INVITE. Shared by the parser tests and the
/// test that fires them at a running endpoint.
/// </summary>
public static class MalformedCorpus
{
    private static readonly string Valid = SipSamples.Invite(branch: "z9hG4bK-bad", callId: "bad@127.0.0.1");

    /// <summary>Name, datagram, expected parser error.</summary>
    public static IEnumerable<(string Name, byte[] Data, SipParseError Error)> Table()
    {
        yield return ("empty", [], SipParseError.Empty);
        yield return ("binary garbage", [0x00, 0xFF, 0x13, 0x37, 0x80, 0x0A, 0x0D], SipParseError.MissingHeaderEnd);
        yield return ("NUL in headers", Encoding.ASCII.GetBytes("OPTIONS sip:a@b SIP/2.0\r\nVia: \0\r\n\r\n"), SipParseError.NotText);
        yield return ("no blank line", Encoding.ASCII.GetBytes("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n"), SipParseError.MissingHeaderEnd);
        yield return ("http request", Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), SipParseError.UnsupportedVersion);
        yield return ("two-word start line", S(Valid.Replace("INVITE sip:95598@127.0.0.1:5060 SIP/2.0", "INVITE SIP/2.0")), SipParseError.BadStartLine);
        yield return ("SIP/3.0", S(Valid.Replace("5060 SIP/2.0", "5060 SIP/3.0")), SipParseError.UnsupportedVersion);
        yield return ("method with space chars", S(Valid.Replace("INVITE sip:95598@127.0.0.1:5060", "IN(VITE sip:95598@127.0.0.1:5060")), SipParseError.BadStartLine);
        yield return ("Request-URI without scheme", S(Valid.Replace("INVITE sip:95598@127.0.0.1:5060", "INVITE 95598")), SipParseError.InvalidRequestUri);
        yield return ("status 99", S("SIP/2.0 99 Odd\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@b>\r\nTo: <sip:a@b>\r\nCall-ID: x\r\nCSeq: 1 BYE\r\n\r\n"), SipParseError.BadStatusCode);
        yield return ("status 1000", S("SIP/2.0 1000 Odd\r\nVia: SIP/2.0/UDP h\r\n\r\n"), SipParseError.BadStatusCode);
        yield return ("header without colon", S(Valid.Replace("Max-Forwards: 70", "Max-Forwards 70")), SipParseError.BadHeaderLine);
        yield return ("header name with space", S(Valid.Replace("Max-Forwards: 70", "Max Forwards: 70")), SipParseError.BadHeaderLine);
        yield return ("continuation first", S(Valid.Replace("Via:", " folded\r\nVia:")), SipParseError.BadHeaderLine);
        yield return ("oversized header", S(Valid.Replace("Max-Forwards: 70", "X-Big: " + new string('a', 5000))), SipParseError.HeaderTooLong);
        yield return ("oversized start line", S(Valid.Replace("sip:95598@", "sip:" + new string('9', 5000) + "@")), SipParseError.HeaderTooLong);
        yield return ("too many headers", S(Valid.Replace("Max-Forwards: 70", string.Join("\r\n", Enumerable.Range(0, 200).Select(i => $"X-H{i}: v")))), SipParseError.TooManyHeaders);
        yield return ("missing Via", S(RemoveLine(Valid, "Via:")), SipParseError.MissingRequiredHeader);
        yield return ("missing From", S(RemoveLine(Valid, "From:")), SipParseError.MissingRequiredHeader);
        yield return ("missing To", S(RemoveLine(Valid, "To:")), SipParseError.MissingRequiredHeader);
        yield return ("missing Call-ID", S(RemoveLine(Valid, "Call-ID:")), SipParseError.MissingRequiredHeader);
        yield return ("missing CSeq", S(RemoveLine(Valid, "CSeq:")), SipParseError.MissingRequiredHeader);
        yield return ("empty Call-ID", S(Valid.Replace("Call-ID: bad@127.0.0.1", "Call-ID:   ")), SipParseError.MissingRequiredHeader);
        yield return ("Via without host", S(Valid.Replace("SIP/2.0/UDP 127.0.0.1:5070", "SIP/2.0/UDP")), SipParseError.InvalidVia);
        yield return ("Via port out of range", S(Valid.Replace("127.0.0.1:5070;branch", "127.0.0.1:70000;branch")), SipParseError.InvalidVia);
        yield return ("CSeq not a number", S(Valid.Replace("CSeq: 1 INVITE", "CSeq: one INVITE")), SipParseError.InvalidCSeq);
        yield return ("CSeq too big", S(Valid.Replace("CSeq: 1 INVITE", "CSeq: 4294967296 INVITE")), SipParseError.InvalidCSeq);
        yield return ("CSeq 2^31", S(Valid.Replace("CSeq: 1 INVITE", "CSeq: 2147483648 INVITE")), SipParseError.InvalidCSeq);
        yield return ("CSeq without method", S(Valid.Replace("CSeq: 1 INVITE", "CSeq: 1")), SipParseError.InvalidCSeq);
        yield return ("CSeq method mismatch", S(Valid.Replace("CSeq: 1 INVITE", "CSeq: 1 BYE")), SipParseError.CSeqMethodMismatch);
        yield return ("Max-Forwards negative", S(Valid.Replace("Max-Forwards: 70", "Max-Forwards: -1")), SipParseError.InvalidMaxForwards);
        yield return ("Max-Forwards 256", S(Valid.Replace("Max-Forwards: 70", "Max-Forwards: 256")), SipParseError.InvalidMaxForwards);
        yield return ("Content-Length text", S(SetContentLength(Valid, "abc")), SipParseError.InvalidContentLength);
        yield return ("Content-Length negative", S(SetContentLength(Valid, "-5")), SipParseError.InvalidContentLength);
        yield return ("Content-Length overflow", S(SetContentLength(Valid, "99999999999999999999")), SipParseError.InvalidContentLength);
        yield return ("Content-Length larger than body", S(SetContentLength(Valid, "5000")), SipParseError.BodyTruncated);
        yield return ("too large", new byte[70000], SipParseError.TooLarge);
    }

    /// <summary>Deterministic mutations of a valid INVITE; each must parse or fail without throwing.</summary>
    public static IEnumerable<byte[]> Mutations(int count, int seed)
    {
        var valid = Encoding.UTF8.GetBytes(Valid);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var data = (byte[])valid.Clone();
            switch (i % 4)
            {
                case 0: // truncate anywhere
                    yield return data[..random.Next(0, data.Length)];
                    break;
                case 1: // flip bytes
                    for (var k = 0; k < 1 + random.Next(8); k++) data[random.Next(data.Length)] = (byte)random.Next(256);
                    yield return data;
                    break;
                case 2: // delete a span
                    var start = random.Next(data.Length);
                    var length = random.Next(1, Math.Min(40, data.Length - start) + 1);
                    yield return [.. data[..start], .. data[(start + length)..]];
                    break;
                default: // insert junk
                    var at = random.Next(data.Length);
                    var junk = new byte[random.Next(1, 30)];
                    random.NextBytes(junk);
                    yield return [.. data[..at], .. junk, .. data[at..]];
                    break;
            }
        }
    }

    private static byte[] S(string text) => Encoding.UTF8.GetBytes(text);

    private static string RemoveLine(string text, string prefix) =>
        string.Join("\r\n", text.Split("\r\n").Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)));

    private static string SetContentLength(string text, string value) =>
        string.Join("\r\n", text.Split("\r\n").Select(l => l.StartsWith("Content-Length:", StringComparison.Ordinal) ? "Content-Length: " + value : l));
}
