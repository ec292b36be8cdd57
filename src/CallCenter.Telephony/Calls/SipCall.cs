using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Scheduling;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// One incoming call as the application sees it (the UAS side of a dialog). Signalling state changes happen under
/// the endpoint's single SIP lock; events are raised on the thread pool so application code never runs under it.
/// </summary>
public sealed partial class SipCall
{
    private readonly SipEndpoint _endpoint;
    private readonly SipTransactionLayer _layer;
    private readonly Channel<DtmfDigit> _digits = Channel.CreateUnbounded<DtmfDigit>();
    private readonly TaskCompletionSource<CallEndReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[]? _okBytes;
    private ScheduledWork? _retransmit2xx;
    private ScheduledWork? _ackTimeout;
    private ScheduledWork? _mediaCheck;
    private bool _hangupAfterAck;
    private uint _localCSeq = (uint)RandomNumberGenerator.GetInt32(1, 1 << 20);

    internal SipCall(SipEndpoint endpoint, SipTransactionLayer layer, ServerTransaction invite)
    {
        _endpoint = endpoint;
        _layer = layer;
        InviteTransaction = invite;
        Invite = invite.Request;
        LocalTag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var caller = Invite.From;
        CallerNumber = caller.ParsedUri.User;
        CallerDisplayName = caller.DisplayName;
        RemoteTag = caller.Tag ?? "";
        DialledNumber = Invite.ParsedUri.User is { Length: > 0 } user ? user : Invite.To.ParsedUri.User;
        RemoteSipEndPoint = invite.Source;
        OfferedAt = endpoint.Time.GetUtcNow();
    }

    public string CallId => Invite.CallId;
    public string DialledNumber { get; }
    public string CallerNumber { get; }
    public string CallerDisplayName { get; }
    public IPEndPoint RemoteSipEndPoint { get; }
    public SipRequest Invite { get; }
    internal ServerTransaction InviteTransaction { get; }
    public string LocalTag { get; }
    public string RemoteTag { get; }
    public SipCallState State { get; private set; } = SipCallState.Offered;
    public CallEndReason? EndReason { get; private set; }
    public DateTimeOffset OfferedAt { get; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SdpAnswer? Media { get; private set; }
    public RtpSession? Rtp { get; private set; }

    /// <summary>Completes with the reason when the call ends, whoever ended it.</summary>
    public Task<CallEndReason> Completion => _ended.Task;

    /// <summary>Raised once per key press (RFC 4733 or SIP INFO), on the thread pool.</summary>
    public event Action<SipCall, DtmfDigit>? DigitReceived;

    /// <summary>Raised once when the call ends, on the thread pool.</summary>
    public event Action<SipCall, CallEndReason>? Ended;

    public void Ring()
    {
        lock (_layer.Sync)
        {
            if (State != SipCallState.Offered) return;
            State = SipCallState.Ringing;
            _layer.SendResponse(InviteTransaction, BuildResponse(180, "Ringing"));
        }
    }

    /// <summary>
    /// Answers with SDP. False when no offered codec is acceptable (488 sent) or no RTP port is free (503 sent);
    /// the call has then ended.
    /// </summary>
    public bool Answer()
    {
        lock (_layer.Sync)
        {
            if (State is not (SipCallState.Offered or SipCallState.Ringing)) return State is SipCallState.Answered or SipCallState.Confirmed;
            RtpSession rtp;
            try
            {
                rtp = _endpoint.CreateRtpSession();
            }
            catch (System.Net.Sockets.SocketException)
            {
                // RTP port range exhausted: a node at capacity says so, and a load balancer tries the next one.
                _layer.SendResponse(InviteTransaction, BuildResponse(503, "Service Unavailable"));
                EndLocked(CallEndReason.Rejected);
                return false;
            }
            var answer = SdpNegotiator.Answer(Encoding.UTF8.GetString(Invite.Body), _endpoint.AdvertisedAddress, rtp.LocalEndPoint.Port, _endpoint.Time.GetUtcNow().ToUnixTimeSeconds());
            if (answer is null)
            {
                rtp.Dispose();
                _layer.SendResponse(InviteTransaction, BuildResponse(488, "Not Acceptable Here"));
                EndLocked(CallEndReason.NotAcceptable);
                return false;
            }
            Media = answer;
            Rtp = rtp;
            rtp.DigitReceived += OnDigit;
            rtp.Start(answer, _endpoint.Clock);
            var ok = BuildResponse(200, "OK");
            foreach (var rr in Invite.GetHeaders(SipHeaderNames.RecordRoute)) ok.AddHeader(SipHeaderNames.RecordRoute, rr);
            ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
            ok.Body = Encoding.UTF8.GetBytes(answer.Text);
            _okBytes = ok.ToBytes();
            State = SipCallState.Answered;
            AnsweredAt = _endpoint.Time.GetUtcNow();
            _layer.SendResponse(InviteTransaction, ok);
            // RFC 3261 §13.3.1.4: the UAS core, not the transaction, retransmits the 2xx until the ACK arrives.
            _retransmit2xx = _layer.Scheduler.Schedule(_layer.Timers.T1, () => Retransmit2xx(_layer.Timers.T1));
            _ackTimeout = _layer.Scheduler.Schedule(_layer.Timers.TransactionTimeout, OnAckTimeout);
            ScheduleMediaCheck();
            return true;
        }
    }

    /// <summary>Declines an unanswered call with a final response (486 Busy Here by default).</summary>
    public void Reject(int statusCode = 486, string reason = "Busy Here")
    {
        lock (_layer.Sync)
        {
            if (State is not (SipCallState.Offered or SipCallState.Ringing)) return;
            _layer.SendResponse(InviteTransaction, BuildResponse(statusCode, reason));
            EndLocked(CallEndReason.Rejected);
        }
    }

    /// <summary>
    /// Ends the call: 480 while ringing, BYE once answered. Between our 200 and the caller's ACK the BYE waits for
    /// the ACK (or the ACK timeout, which sends it anyway). Safe to call more than once.
    /// </summary>
    public void Hangup()
    {
        lock (_layer.Sync)
        {
            switch (State)
            {
                case SipCallState.Offered or SipCallState.Ringing:
                    _layer.SendResponse(InviteTransaction, BuildResponse(480, "Temporarily Unavailable"));
                    EndLocked(CallEndReason.LocalHangup);
                    break;
                case SipCallState.Answered:
                    // RFC 3261 §15: no BYE before the ACK for our 2xx (or its timeout); silence the call meanwhile.
                    _hangupAfterAck = true;
                    Rtp?.Sender?.Player.Stop();
                    break;
                case SipCallState.Confirmed:
                    SendBye();
                    EndLocked(CallEndReason.LocalHangup);
                    break;
            }
        }
    }

    private void Retransmit2xx(TimeSpan interval)
    {
        lock (_layer.Sync)
        {
            if (State != SipCallState.Answered || _okBytes is null) return;
            _layer.SendRaw(_okBytes, InviteTransaction.ResponseTarget);
            var next = _layer.Timers.NextRetransmit(interval);
            _retransmit2xx = _layer.Scheduler.Schedule(next, () => Retransmit2xx(next));
        }
    }

    private void OnAckTimeout()
    {
        lock (_layer.Sync)
        {
            if (State != SipCallState.Answered) return;
            // RFC 3261 §13.3.1.4: no ACK within 64·T1 — confirm the session, then end it with BYE.
            SendBye();
            EndLocked(CallEndReason.AckTimeout);
        }
    }

    private void ScheduleMediaCheck()
    {
        var timeout = _endpoint.Options.MediaInactivityTimeout;
        if (timeout <= TimeSpan.Zero) return;
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond * 100, Math.Min(timeout.Ticks / 2, TimeSpan.TicksPerSecond * 5)));
        _mediaCheck = _layer.Scheduler.Schedule(period, () =>
        {
            lock (_layer.Sync)
            {
                if (State is SipCallState.Ended || Rtp is null) return;
                // A peer that put us on hold (we answered sendonly/inactive) legitimately sends nothing.
                var expectMedia = Media?.Direction is "sendrecv" or "recvonly";
                if (expectMedia && Rtp.Idle > timeout)
                {
                    SendBye();
                    EndLocked(CallEndReason.MediaTimeout);
                    return;
                }
                ScheduleMediaCheck();
            }
        });
    }

    internal void OnAck()
    {
        if (State != SipCallState.Answered) return; // retransmitted ACKs are absorbed
        State = SipCallState.Confirmed;
        _retransmit2xx?.Cancel();
        _ackTimeout?.Cancel();
        if (_hangupAfterAck)
        {
            SendBye();
            EndLocked(CallEndReason.LocalHangup);
        }
    }

    internal void OnRemoteBye(ServerTransaction bye)
    {
        _layer.SendResponse(bye, SipResponseBuilder.Create(bye.Request, 200, "OK"));
        EndLocked(CallEndReason.RemoteHangup);
    }

    internal void OnCancel()
    {
        if (State is not (SipCallState.Offered or SipCallState.Ringing)) return;
        _layer.SendResponse(InviteTransaction, BuildResponse(487, "Request Terminated"));
        EndLocked(CallEndReason.Cancelled);
    }

    internal void OnInfo(ServerTransaction info)
    {
        _layer.SendResponse(info, SipResponseBuilder.Create(info.Request, 200, "OK"));
        var key = SipInfoDtmf.TryParse(info.Request.ContentType, info.Request.BodyText);
        if (key is { } k) OnDigit(new DtmfDigit(k, DtmfSource.SipInfo, _endpoint.Time.GetUtcNow()));
    }

    /// <summary>A re-INVITE (session refresh, hold): answered with the current session description.</summary>
    internal void OnReInvite(ServerTransaction reInvite)
    {
        var ok = SipResponseBuilder.Create(reInvite.Request, 200, "OK", LocalTag);
        AddContact(ok);
        if (Media is not null)
        {
            ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
            ok.Body = Encoding.UTF8.GetBytes(Media.Text);
        }
        _layer.SendResponse(reInvite, ok);
    }

    internal void EndLocked(CallEndReason reason)
    {
        if (State == SipCallState.Ended) return;
        State = SipCallState.Ended;
        EndReason = reason;
        EndedAt = _endpoint.Time.GetUtcNow();
        _retransmit2xx?.Cancel();
        _ackTimeout?.Cancel();
        _mediaCheck?.Cancel();
        Rtp?.Dispose();
        _digits.Writer.TryComplete();
        _endpoint.Remove(this);
        _ended.TrySetResult(reason);
        var handler = Ended;
        if (handler is not null) ThreadPool.QueueUserWorkItem(_ => handler(this, reason));
    }
}
