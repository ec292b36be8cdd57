namespace CallCenter.Telephony.Sip;

/// <summary>Counters a node exposes for health checks and tests; updated with Interlocked, read any time.</summary>
public sealed class SipStatistics
{
    internal long MalformedDroppedCount;
    internal long MalformedAnsweredCount;
    internal long RetransmittedRequestsCount;
    internal long StrayResponsesCount;
    internal long ResponsesRetransmittedCount;

    /// <summary>Malformed datagrams that could not be answered (no usable Via, a response, an ACK, garbage).</summary>
    public long MalformedDropped => Interlocked.Read(ref MalformedDroppedCount);

    /// <summary>Malformed requests answered with 400.</summary>
    public long MalformedAnswered => Interlocked.Read(ref MalformedAnsweredCount);

    /// <summary>Requests recognised as retransmissions of an existing transaction.</summary>
    public long RetransmittedRequests => Interlocked.Read(ref RetransmittedRequestsCount);

    public long StrayResponses => Interlocked.Read(ref StrayResponsesCount);

    /// <summary>Responses sent again by timers G (non-2xx INVITE) or because a request was retransmitted.</summary>
    public long ResponsesRetransmitted => Interlocked.Read(ref ResponsesRetransmittedCount);
}
