using System.Net;
using CallCenter.Telephony.Scheduling;

namespace CallCenter.Telephony.Sip;

/// <summary>
/// An INVITE sent by us (RFC 3261 §17.1.1). The layer owns the state machine under its lock; the transaction user
/// (the outbound call) sees every response that matters: provisional, final, and each 2xx retransmission, since the
/// ACK for a 2xx is the TU's job (sent end-to-end, outside the transaction).
/// </summary>
public sealed class InviteClientTransaction
{
    internal InviteClientTransaction(string key, SipRequest request, byte[] bytes, IPEndPoint destination,
        Action<SipResponse> onResponse, Action onTimeout)
    {
        Key = key;
        Request = request;
        Bytes = bytes;
        Destination = destination;
        OnResponse = onResponse;
        OnTimeout = onTimeout;
    }

    public string Key { get; }

    public SipRequest Request { get; }

    public IPEndPoint Destination { get; }

    public InviteClientTransactionState State { get; internal set; } = InviteClientTransactionState.Calling;

    /// <summary>How many times the INVITE went out (1 + Timer A retransmissions); tests read it.</summary>
    public int Transmissions { get; internal set; } = 1;

    internal byte[] Bytes { get; }

    /// <summary>Called under the layer's lock for 1xx, the final response, and 2xx retransmissions.</summary>
    internal Action<SipResponse> OnResponse { get; }

    /// <summary>Timer B: no final response within 64·T1 (or no response at all). Called under the lock.</summary>
    internal Action OnTimeout { get; }

    /// <summary>The ACK for a non-2xx final response, kept to answer its retransmissions.</summary>
    internal byte[]? AckBytes { get; set; }

    internal TimeSpan Interval { get; set; }

    internal ScheduledWork? TimerA { get; set; }

    internal ScheduledWork? TimerB { get; set; }

    internal ScheduledWork? TimerD { get; set; }
}
