using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Calls;

/// <summary>Transfer without REFER: we call the target ourselves and bridge the two legs (the node stays in the media path).</summary>
public sealed partial class SipCall
{
    /// <summary>The bridge to a transfer target once it answered; stays set (with its end) after the call is over.</summary>
    public CallBridge? Bridge { get; private set; }

    /// <summary>
    /// Calls <paramref name="targetUri"/> (INVITE sent to <paramref name="destination"/>, our offer listing this call's law
    /// first, the caller's number as From) and bridges when it answers. While it rings, a caller hang-up, the
    /// <paramref name="ringTimeout"/> or <paramref name="cancellationToken"/> sends CANCEL. Only for a confirmed call.
    /// </summary>
    public async Task<BridgeOutcome> BridgeToAsync(string targetUri, IPEndPoint destination, TimeSpan ringTimeout, CancellationToken cancellationToken = default)
    {
        SipOutboundCall leg;
        lock (_layer.Sync)
        {
            if (State != SipCallState.Confirmed || Media is null || Rtp is null) return new BridgeOutcome(BridgeResult.CallerGone, 0, null, null);
            try
            {
                leg = _endpoint.Dial(targetUri, destination, CallerNumber, CallerDisplayName, Media.Law);
            }
            catch (SocketException)
            {
                return new BridgeOutcome(BridgeResult.Failed, 503, null, null);
            }
        }
        using var timeout = new CancellationTokenSource(ringTimeout, _endpoint.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var ringing = Task.Delay(Timeout.InfiniteTimeSpan, linked.Token);
        var first = await Task.WhenAny(leg.Answer, Completion, ringing).ConfigureAwait(false);
        if (first != leg.Answer || (leg.Answer.Result is >= 200 and < 300 && State != SipCallState.Confirmed))
        {
            leg.Hangup();
            // Give the CANCEL its 487 (or the crossing 200 its ACK and BYE) so no leg outlives the report.
            await Task.WhenAny(leg.Completion, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
            return new BridgeOutcome(State == SipCallState.Ended ? BridgeResult.CallerGone : BridgeResult.NoAnswer, leg.FinalStatus ?? 0, null, leg);
        }
        var status = leg.Answer.Result;
        if (status is >= 200 and < 300)
        {
            lock (_layer.Sync)
            {
                if (State == SipCallState.Confirmed && leg.State == OutboundCallState.Answered)
                {
                    Bridge = new CallBridge(this, leg, _endpoint.Time, () => _endpoint.MusicOnHold);
                    Bridge.Start();
                    return new BridgeOutcome(BridgeResult.Answered, status, Bridge, leg);
                }
                leg.Hangup();
                return new BridgeOutcome(State == SipCallState.Ended ? BridgeResult.CallerGone : BridgeResult.Failed, status, null, leg);
            }
        }
        var result = status switch
        {
            486 or 600 or 603 => BridgeResult.Busy,
            480 or 487 => BridgeResult.NoAnswer,
            408 when leg.EndReason != CallEndReason.NoResponse => BridgeResult.NoAnswer,
            _ => BridgeResult.Failed,
        };
        return new BridgeOutcome(result, status, null, leg);
    }

    /// <summary>
    /// Bridges this call with a leg the application dialled and that has answered already (the ACD rings an agent's
    /// phones itself, so the first of several to answer is the one joined). Null when either leg is no longer up or
    /// this call is bridged already; the caller then hangs the leg up.
    /// </summary>
    public CallBridge? BridgeWith(SipOutboundCall leg)
    {
        lock (_layer.Sync)
        {
            if (State != SipCallState.Confirmed || Media is null || Rtp is null || leg.State != OutboundCallState.Answered) return null;
            if (Bridge is { IsActive: true }) return null;
            Bridge = new CallBridge(this, leg, _endpoint.Time, () => _endpoint.MusicOnHold);
            Bridge.Start();
            return Bridge;
        }
    }
}
