namespace CallCenter.Telephony.Calls;

public enum OutboundCallState
{
    /// <summary>INVITE sent, no provisional response yet (a CANCEL has to wait for one, RFC 3261 §9.1).</summary>
    Calling,
    /// <summary>A provisional response (180/183) arrived.</summary>
    Ringing,
    /// <summary>2xx received and ACKed: media flows.</summary>
    Answered,
    Ended,
}
