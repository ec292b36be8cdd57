namespace CallCenter.Telephony.Sip;

public sealed class SipResponse : SipMessage
{
    public SipResponse(int statusCode, string reason)
    {
        StatusCode = statusCode;
        Reason = reason;
    }

    public int StatusCode { get; }

    public string Reason { get; }

    public bool IsProvisional => StatusCode < 200;

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
