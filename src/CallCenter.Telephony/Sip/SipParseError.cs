namespace CallCenter.Telephony.Sip;

/// <summary>Why a datagram is not an acceptable SIP message. None means success.</summary>
public enum SipParseError
{
    None = 0,
    /// <summary>CRLF keep-alive (RFC 5626); not an error worth counting, simply ignored.</summary>
    KeepAlive,
    Empty,
    TooLarge,
    NotText,
    MissingHeaderEnd,
    BadStartLine,
    UnsupportedVersion,
    BadStatusCode,
    BadHeaderLine,
    HeaderTooLong,
    TooManyHeaders,
    MissingRequiredHeader,
    InvalidVia,
    InvalidCSeq,
    CSeqMethodMismatch,
    InvalidMaxForwards,
    InvalidContentLength,
    BodyTruncated,
    InvalidRequestUri,
    Internal,
}
