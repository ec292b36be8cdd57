using System.Net;
using CallCenter.Telephony.Scheduling;

namespace CallCenter.Telephony.Sip;

/// <summary>A non-INVITE client transaction (BYE, OPTIONS, INFO sent by us), RFC 3261 §17.1.2.</summary>
public sealed class ClientTransaction
{
    internal ClientTransaction(string key, SipRequest request, byte[] bytes, IPEndPoint destination, Action<SipResponse?> onFinal)
    {
        Key = key;
        Request = request;
        Bytes = bytes;
        Destination = destination;
        OnFinal = onFinal;
    }

    public string Key { get; }

    public SipRequest Request { get; }

    internal byte[] Bytes { get; }

    public IPEndPoint Destination { get; }

    /// <summary>Called once with the final response, or null on Timer F (no answer within 64·T1).</summary>
    internal Action<SipResponse?> OnFinal { get; }

    internal bool Completed { get; set; }

    internal TimeSpan Interval { get; set; }

    internal ScheduledWork? TimerE { get; set; }

    internal ScheduledWork? TimerF { get; set; }
}
