namespace CallCenter.Telephony.Calls;

public sealed partial class SipOutboundCall : IBridgeLeg
{
    bool IBridgeLeg.HasEnded => State == OutboundCallState.Ended;

    void IBridgeLeg.WhenEnded(Action onEnded) => Ended += (_, _) => onEnded();
}
