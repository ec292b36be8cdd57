namespace CallCenter.Telephony.Sip;

/// <summary>
/// Outcome of parsing one datagram. On failure, <see cref="Partial"/> holds a request with the raw headers the
/// parser could read when the start line was a request line; the transport uses it to answer 400.
/// </summary>
public sealed record SipParseResult(SipMessage? Message, SipParseError Error, string Detail, SipRequest? Partial = null)
{
    public bool Success => Error == SipParseError.None && Message is not null;

    public static SipParseResult Ok(SipMessage message) => new(message, SipParseError.None, "");

    public static SipParseResult Fail(SipParseError error, string detail, SipRequest? partial = null) => new(null, error, detail, partial);
}
