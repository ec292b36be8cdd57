namespace CallCenter.Telephony.Sip;

public sealed class SipRequest : SipMessage
{
    public SipRequest(string method, string uri)
    {
        Method = method;
        Uri = uri;
    }

    public string Method { get; }

    public string Uri { get; set; }

    /// <summary>The parsed Request-URI; a default value when the URI is not a sip:/sips:/tel: URI.</summary>
    public SipUri ParsedUri => SipUri.TryParse(Uri, out var uri) ? uri : SipUri.None;
}
