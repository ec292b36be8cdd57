using CallCenter.Telephony.Media;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// An answered caller leg joined to an answered outbound leg, the node staying in the media path: each leg's own
/// prompt stream is muted and the other leg's packets are relayed into it (<see cref="RtpRelayStream"/>). A BYE on
/// either leg ends the other one. The caller side is the caller's <see cref="SipCall"/> (<see cref="SipCall.BridgeToAsync"/>)
/// or, for a call back, a customer we dialled (<see cref="SipEndpoint.Bridge"/>): it is always the recording's left channel.
/// </summary>
/// <remarks>
/// For the ACD: <see cref="StartRecording"/> right after the bridge is answered and <see cref="StopRecordingAsync"/>
/// after <see cref="Completion"/> (the bridge's end finishes the file by itself, so the task is the same either way);
/// <see cref="Hold"/>/<see cref="Unhold"/> for the desk's hold button. All are quick and safe to call from any thread.
/// </remarks>
public sealed class CallBridge
{
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RtpRelayStream? _toCaller;
    private RtpRelayStream? _toTarget;
    private readonly Lock _mediaSync = new();
    private readonly Func<MusicOnHold> _musicOnHold;
    private int _ending;
    private bool _detached;
    private ConversationRecorder? _recorder;
    private Task<ConversationRecording>? _recording;

    private readonly IBridgeLeg _caller;

    internal CallBridge(IBridgeLeg caller, SipOutboundCall target, TimeProvider time, Func<MusicOnHold> musicOnHold)
    {
        _musicOnHold = musicOnHold; // the endpoint's shared source, created on first hold
        _caller = caller;
        Target = target;
        _time = time;
    }

    /// <summary>The caller's call, when the caller called in (null for a call back: see <see cref="CalledBack"/>).</summary>
    public SipCall? Caller => _caller as SipCall;

    /// <summary>The customer we dialled, when the bridge is a call back (<see cref="SipEndpoint.Bridge"/>).</summary>
    public SipOutboundCall? CalledBack => _caller as SipOutboundCall;

    public SipOutboundCall Target { get; }

    public DateTimeOffset? AnsweredAt => Target.AnsweredAt;

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>"caller" or "target": whose hang-up ended the bridge, or <see cref="DetachedBy"/> (null while it lasts).</summary>
    public string? EndedBy { get; private set; }

    /// <summary><see cref="EndedBy"/> of a bridge taken apart by <see cref="Detach(MusicOnHold?)"/>: both legs are still up.</summary>
    public const string DetachedBy = "detached";

    /// <summary>
    /// Whether a hang-up on one leg hangs up the other (the default: a conversation ends for both). False for a bridge
    /// whose legs outlive it — a consultation between two agents during a transfer: the leg left behind is only
    /// detached (its own sender carries on in silence) and the application decides what becomes of it.
    /// </summary>
    public bool HangsUpOtherLeg { get; init; } = true;

    public bool IsActive => EndedAt is null;

    public Task Completion => _ended.Task;

    public long PacketsToCaller => _toCaller?.Forwarded ?? 0;

    public long NonSilentPacketsToCaller => _toCaller?.NonSilent ?? 0;

    public long PacketsToTarget => _toTarget?.Forwarded ?? 0;

    public long NonSilentPacketsToTarget => _toTarget?.NonSilent ?? 0;

    /// <summary>True when the legs negotiated different G.711 laws and the relay transcodes.</summary>
    public bool Transcoding => _toCaller?.Transcoding ?? false;

    /// <summary>True between <see cref="Hold"/> and <see cref="Unhold"/>.</summary>
    public bool IsOnHold { get; private set; }

    /// <summary>
    /// Records the conversation into one stereo WAV at <paramref name="path"/> (its folder is created): caller left, target
    /// (agent) right, 8 kHz 16-bit, placed by RTP timestamps on a timeline starting now; streamed to path + ".part" and
    /// moved into place when stopped (at most <paramref name="maxDuration"/>, default 4 h). Once per bridge.
    /// </summary>
    public void StartRecording(string path, TimeSpan? maxDuration = null)
    {
        lock (_mediaSync)
        {
            if (_recorder is not null) throw new InvalidOperationException("This bridge is already being recorded.");
            if (!IsActive || _toCaller is null) throw new InvalidOperationException("The bridge is not up.");
            var recorder = new ConversationRecorder(path, _caller.Media!.Law, Target.Media!.Law, _time, maxDuration);
            _recorder = recorder;
            _caller.Rtp!.StereoChannel = recorder.Left;
            Target.Rtp!.StereoChannel = recorder.Right;
        }
    }

    /// <summary>
    /// Finishes the recording (padded to the bridge's end, or to now while it lasts) and returns the WAV's path and
    /// duration. The bridge's end stops it too; calling this afterwards returns that result.
    /// </summary>
    public Task<ConversationRecording> StopRecordingAsync()
    {
        lock (_mediaSync)
        {
            if (_recording is not null) return _recording;
            var recorder = _recorder ?? throw new InvalidOperationException("Recording was not started.");
            if (_caller.Rtp is { } callerRtp) callerRtp.StereoChannel = null;
            if (Target.Rtp is { } targetRtp) targetRtp.StereoChannel = null;
            var endedAt = EndedAt;
            _recording = Task.Run(() => recorder.Stop(endedAt));
            return _recording;
        }
    }

    /// <summary>
    /// Holds the conversation: the caller hears <paramref name="music"/> (silence when null), the agent hears silence,
    /// neither hears the other. Each phone's stream goes on without a sequence or timestamp jump; no re-INVITE is sent
    /// (the node is in the media path, so the phones need not know). Nothing happens when already held or ended.
    /// </summary>
    public void Hold(MusicOnHold? music)
    {
        lock (_mediaSync)
        {
            if (IsOnHold || !IsActive || _detached || _toCaller is null || _toTarget is null) return;
            IsOnHold = true;
            TakeOver(_toCaller, _caller.Rtp!.Sender!, music);
            TakeOver(_toTarget, Target.Rtp!.Sender!, null);
        }
    }

    /// <summary>Holds with the node's shared music (<see cref="SipEndpoint.MusicOnHold"/>).</summary>
    public void Hold() => Hold(_musicOnHold());

    /// <summary>Ends a hold: the music stops and both directions are relayed again from the next packet.</summary>
    public void Unhold()
    {
        lock (_mediaSync)
        {
            if (!IsOnHold || _detached || _toCaller is null || _toTarget is null) return;
            IsOnHold = false;
            GiveBack(_toCaller, _caller.Rtp!.Sender!);
            GiveBack(_toTarget, Target.Rtp!.Sender!);
        }
    }

    /// <summary>The leg's own sender carries on the relayed stream (same SSRC, next sequence number, current timestamp).</summary>
    private static void TakeOver(RtpRelayStream relay, Rtp.RtpSender sender, MusicOnHold? music)
    {
        var (sequence, timestamp) = relay.Pause();
        sender.ContinueFrom(sequence, timestamp);
        sender.Music = music;
        sender.Sending = true;
    }

    private static void GiveBack(RtpRelayStream relay, Rtp.RtpSender sender)
    {
        sender.Sending = false;
        sender.Music = null;
        relay.Resume(sender);
    }

    /// <summary>
    /// Takes the bridge apart without hanging up either leg (a transfer): both relays stop, each leg's own sender carries
    /// its stream on without a sequence or timestamp jump — the caller with <paramref name="callerMusic"/> (the shared
    /// music on hold, ADR 0600 D7), the target in silence — and the recording is finished. The bridge then counts as
    /// ended (<see cref="EndedBy"/> = <see cref="DetachedBy"/>, <see cref="Completion"/> done), so the caller's call can be
    /// bridged again (<see cref="SipCall.BridgeWith"/>) and the target leg joined to another one
    /// (<see cref="SipEndpoint.Bridge"/>). False when the bridge had ended already (a leg hung up first).
    /// </summary>
    public bool Detach(MusicOnHold? callerMusic) => Detach(callerMusic, DetachedBy);

    private bool Detach(MusicOnHold? callerMusic, string by)
    {
        if (Interlocked.Exchange(ref _ending, 1) == 1) return false;
        lock (_mediaSync)
        {
            if (_toCaller is not null && _toTarget is not null && !_detached)
            {
                if (!IsOnHold)
                {
                    TakeOver(_toCaller, _caller.Rtp!.Sender!, callerMusic);
                    TakeOver(_toTarget, Target.Rtp!.Sender!, null);
                }
                else
                {
                    _caller.Rtp!.Sender!.Music = callerMusic;
                    Target.Rtp!.Sender!.Music = null;
                }
                // Unhooked, so the packets of either leg reach whatever it is bridged to next.
                if (_caller.Rtp is { } callerRtp && callerRtp.Relay == _toTarget.Forward) callerRtp.Relay = null;
                if (Target.Rtp is { } targetRtp && targetRtp.Relay == _toCaller.Forward) targetRtp.Relay = null;
            }
            _detached = true;
            IsOnHold = false;
        }
        Finish(by);
        return true;
    }

    /// <summary>Detaches with the node's shared music for the caller (<see cref="SipEndpoint.MusicOnHold"/>).</summary>
    public bool Detach() => Detach(_musicOnHold());

    /// <summary>Called under the SIP lock with both legs answered.</summary>
    internal void Start()
    {
        var callerRtp = _caller.Rtp!;
        var targetRtp = Target.Rtp!;
        var callerSender = callerRtp.Sender!;
        var targetSender = targetRtp.Sender!;
        // An announcement or the music in progress ends now: a prompt never delays the bridge (mod_callcenter #1148).
        callerSender.Player.Stop();
        callerSender.Music = null;
        targetSender.Player.Stop(); // an agent dialled first may have heard ringback or music while the customer rang
        targetSender.Music = null;
        callerSender.Sending = false;
        targetSender.Sending = false;
        _toCaller = new RtpRelayStream(callerRtp, callerSender, _caller.Media!, Target.Media!, _time);
        _toTarget = new RtpRelayStream(targetRtp, targetSender, Target.Media!, _caller.Media!, _time);
        targetRtp.Relay = _toCaller.Forward;
        callerRtp.Relay = _toTarget.Forward;
        _caller.WhenEnded(() => End("caller"));
        Target.Ended += (_, _) => End("target");
        // A leg that ended while we were wiring (its event may already be queued) is caught by the handlers above;
        // one that ended before the subscription is caught here.
        if (_caller.HasEnded) End("caller");
        else if (Target.State == OutboundCallState.Ended) End("target");
    }

    private void End(string by)
    {
        if (!HangsUpOtherLeg)
        {
            // The leg left behind stays up, on its own (silent) sender: Detach does exactly that.
            Detach(null, by);
            return;
        }
        if (Interlocked.Exchange(ref _ending, 1) == 1) return;
        if (by == "caller") Target.Hangup(); else _caller.Hangup();
        Finish(by);
    }

    private void Finish(string by)
    {
        EndedBy = by;
        EndedAt = _time.GetUtcNow();
        bool recording;
        lock (_mediaSync) recording = _recorder is not null;
        if (recording) _ = StopRecordingAsync(); // finishes the file at the bridge's end even if nobody asks for it
        _ended.TrySetResult();
    }
}
