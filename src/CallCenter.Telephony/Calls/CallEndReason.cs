namespace CallCenter.Telephony.Calls;

public enum CallEndReason
{
    /// <summary>The caller sent BYE.</summary>
    RemoteHangup,
    /// <summary>We hung up (BYE sent) or rejected the call.</summary>
    LocalHangup,
    /// <summary>The caller sent CANCEL before we answered (487 sent).</summary>
    Cancelled,
    /// <summary>No ACK for our 2xx within 64·T1; BYE sent.</summary>
    AckTimeout,
    /// <summary>No RTP from the peer for the inactivity timeout; BYE sent.</summary>
    MediaTimeout,
    /// <summary>The offer had no codec we support; 488 sent.</summary>
    NotAcceptable,
    Rejected,
    /// <summary>The endpoint shut down.</summary>
    Shutdown,
    /// <summary>An outbound INVITE got no final response within 64·T1 (Timer B).</summary>
    NoResponse,
}
