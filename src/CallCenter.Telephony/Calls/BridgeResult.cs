namespace CallCenter.Telephony.Calls;

public enum BridgeResult
{
    /// <summary>The target answered; the legs are bridged and the node relays their media.</summary>
    Answered,
    /// <summary>486 Busy Here, 600 Busy Everywhere or 603 Decline.</summary>
    Busy,
    /// <summary>Nobody answered within the ring timeout (we sent CANCEL), or the far end said 408/480.</summary>
    NoAnswer,
    /// <summary>Any other final response, no response at all, an unusable answer, or no RTP port left.</summary>
    Failed,
    /// <summary>The caller hung up (or was gone) before the target answered; the target leg was cancelled.</summary>
    CallerGone,
}
