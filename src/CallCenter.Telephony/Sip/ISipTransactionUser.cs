using System.Net;

namespace CallCenter.Telephony.Sip;

/// <summary>The transaction user (UAS core). Called with the transaction layer's lock held: never block here.</summary>
public interface ISipTransactionUser
{
    /// <summary>A new request in a new server transaction (never a retransmission, never CANCEL or ACK).</summary>
    void OnRequest(ServerTransaction transaction);

    /// <summary>A CANCEL matched this INVITE transaction; the CANCEL itself was already answered 200.</summary>
    void OnCancel(ServerTransaction inviteTransaction);

    /// <summary>An ACK that belongs to no transaction: the ACK for a 2xx (RFC 3261 §17.2.1).</summary>
    void OnAck(SipRequest ack, IPEndPoint source);
}
