namespace CallCenter.Telephony.Calls;

public sealed partial class SipCall : IBridgeLeg
{
    bool IBridgeLeg.HasEnded => State == SipCallState.Ended;

    void IBridgeLeg.WhenEnded(Action onEnded) => Ended += (_, _) => onEnded();
}
