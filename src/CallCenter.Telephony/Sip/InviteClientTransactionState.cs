namespace CallCenter.Telephony.Sip;

/// <summary>RFC 3261 §17.1.1 INVITE client transaction states, with RFC 6026's Accepted state.</summary>
public enum InviteClientTransactionState
{
    /// <summary>INVITE sent, retransmitted on Timer A until a response arrives or Timer B fires.</summary>
    Calling,
    /// <summary>A provisional response arrived: no more retransmissions; Timer B still bounds the wait for a final one.</summary>
    Proceeding,
    /// <summary>A 3xx–6xx arrived and was ACKed; its retransmissions are re-ACKed until Timer D.</summary>
    Completed,
    /// <summary>RFC 6026: a 2xx arrived; its retransmissions (and 2xx from forked branches) go to the TU until Timer M.</summary>
    Accepted,
    Terminated,
}
