namespace CallCenter.Telephony.Tests.Support;

/// <summary>Well-formed messages the tests start from; "\n" is turned into CRLF.</summary>
public static class SipSamples
{
    public const string Sdp = """
        v=0
        o=user1 53655765 2353687637 IN IP4 127.0.0.1
        s=-
        c=IN IP4 127.0.0.1
        t=0 0
        m=audio 6000 RTP/AVP 8 0 101
        a=rtpmap:8 PCMA/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=ptime:20

        """;

    public static string Invite(string branch = "z9hG4bK-1", string callId = "call-1@127.0.0.1", string? body = null, string via = "SIP/2.0/UDP 127.0.0.1:5070;branch={branch};rport", string? toTag = null, int cseq = 1, string method = "INVITE")
    {
        body ??= Sdp.Replace("\r\n", "\n").Replace("\n", "\r\n");
        var to = toTag is null ? "<sip:95598@127.0.0.1>" : $"<sip:95598@127.0.0.1>;tag={toTag}";
        var head = $"""
            {method} sip:95598@127.0.0.1:5060 SIP/2.0
            Via: {via.Replace("{branch}", branch)}
            Max-Forwards: 70
            From: "Zhang San" <sip:13800138000@127.0.0.1:5070>;tag=caller-tag
            To: {to}
            Call-ID: {callId}
            CSeq: {cseq} {method}
            Contact: <sip:13800138000@127.0.0.1:5070>
            Content-Type: application/sdp
            Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}


            """;
        return Crlf(head) + body;
    }

    public static string Request(string method, string branch, string callId = "call-1@127.0.0.1", string? toTag = null, int cseq = 2, string body = "", string? contentType = null)
    {
        var to = toTag is null ? "<sip:95598@127.0.0.1>" : $"<sip:95598@127.0.0.1>;tag={toTag}";
        var type = contentType is null ? "" : $"Content-Type: {contentType}\n";
        var head = $"""
            {method} sip:95598@127.0.0.1:5060 SIP/2.0
            Via: SIP/2.0/UDP 127.0.0.1:5070;branch={branch};rport
            Max-Forwards: 70
            From: <sip:13800138000@127.0.0.1:5070>;tag=caller-tag
            To: {to}
            Call-ID: {callId}
            CSeq: {cseq} {method}
            {type}Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}


            """;
        return Crlf(head) + body;
    }

    public static string Crlf(string text) => text.Replace("\r\n", "\n").Replace("\n", "\r\n");

    public static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
