namespace CallCenter.Telephony.Sip;

/// <summary>RFC 3261 §17.2 states plus Accepted from RFC 6026 (INVITE answered with 2xx, absorbing retransmissions).</summary>
public enum ServerTransactionState
{
    Trying,
    Proceeding,
    Accepted,
    Completed,
    Confirmed,
    Terminated,
}
