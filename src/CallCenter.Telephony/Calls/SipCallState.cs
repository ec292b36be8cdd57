namespace CallCenter.Telephony.Calls;

public enum SipCallState
{
    /// <summary>INVITE received, 100 Trying sent, the application has not decided yet.</summary>
    Offered,
    Ringing,
    /// <summary>200 OK sent and being retransmitted until the ACK arrives.</summary>
    Answered,
    /// <summary>ACK received: media and DTMF flow.</summary>
    Confirmed,
    Ended,
}
