namespace CallCenter.Telephony.Dtmf;

public enum DtmfSource
{
    Rfc4733,
    SipInfo,
}
