using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// An answered caller leg joined to an answered outbound leg, the node staying in the media path: each leg's own
/// prompt stream is muted and the other leg's packets are relayed into it (<see cref="RtpRelayStream"/>). A BYE on
/// either leg ends the other one.
/// </summary>
public sealed class CallBridge
{
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RtpRelayStream? _toCaller;
    private RtpRelayStream? _toTarget;
    private int _ending;

    internal CallBridge(SipCall caller, SipOutboundCall target, TimeProvider time)
    {
        Caller = caller;
        Target = target;
        _time = time;
    }

    public SipCall Caller { get; }

    public SipOutboundCall Target { get; }

    public DateTimeOffset? AnsweredAt => Target.AnsweredAt;

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>"caller" or "target": whose hang-up ended the bridge (null while it lasts).</summary>
    public string? EndedBy { get; private set; }

    public bool IsActive => EndedAt is null;

    public Task Completion => _ended.Task;

    public long PacketsToCaller => _toCaller?.Forwarded ?? 0;

    public long NonSilentPacketsToCaller => _toCaller?.NonSilent ?? 0;

    public long PacketsToTarget => _toTarget?.Forwarded ?? 0;

    public long NonSilentPacketsToTarget => _toTarget?.NonSilent ?? 0;

    /// <summary>True when the legs negotiated different G.711 laws and the relay transcodes.</summary>
    public bool Transcoding => _toCaller?.Transcoding ?? false;

    /// <summary>Called under the SIP lock with both legs answered.</summary>
    internal void Start()
    {
        var callerRtp = Caller.Rtp!;
        var targetRtp = Target.Rtp!;
        var callerSender = callerRtp.Sender!;
        var targetSender = targetRtp.Sender!;
        callerSender.Player.Stop();
        callerSender.Sending = false;
        targetSender.Sending = false;
        _toCaller = new RtpRelayStream(callerRtp, callerSender, Caller.Media!, Target.Media!, _time);
        _toTarget = new RtpRelayStream(targetRtp, targetSender, Target.Media!, Caller.Media!, _time);
        targetRtp.Relay = _toCaller.Forward;
        callerRtp.Relay = _toTarget.Forward;
        Caller.Ended += (_, _) => End("caller");
        Target.Ended += (_, _) => End("target");
        // A leg that ended while we were wiring (its event may already be queued) is caught by the handlers above;
        // one that ended before the subscription is caught here.
        if (Caller.State == SipCallState.Ended) End("caller");
        else if (Target.State == OutboundCallState.Ended) End("target");
    }

    private void End(string by)
    {
        if (Interlocked.Exchange(ref _ending, 1) == 1) return;
        EndedBy = by;
        EndedAt = _time.GetUtcNow();
        if (by == "caller") Target.Hangup(); else Caller.Hangup();
        _ended.TrySetResult();
    }
}
