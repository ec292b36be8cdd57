using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Scheduling;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// A call we place (the UAC side of a dialog, RFC 3261 §13.2 / §17.1.1): INVITE with our SDP offer, CANCEL while it
/// rings, the ACK for the 2xx sent end-to-end (and again for every retransmitted 2xx), BYE either way. State changes
/// happen under the endpoint's SIP lock, events are raised on the thread pool.
/// </summary>
public sealed partial class SipOutboundCall
{
    private readonly SipEndpoint _endpoint;
    private readonly SipTransactionLayer _layer;
    private readonly TaskCompletionSource<int> _final = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<CallEndReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _from;
    private readonly G711Law _preferredLaw;
    private string _to;
    private string _offer = "";
    private InviteClientTransaction? _invite;
    private RtpSession? _rtp;
    private byte[]? _ackBytes;
    private bool _cancelRequested;
    private bool _cancelSent;
    private uint _cseq = (uint)RandomNumberGenerator.GetInt32(1, 1 << 20);
    private string _remoteTarget;
    private readonly List<string> _routeSet = [];
    private ScheduledWork? _mediaCheck;

    internal SipOutboundCall(SipEndpoint endpoint, SipTransactionLayer layer, string targetUri, IPEndPoint destination,
        string fromUser, string? fromDisplayName, G711Law preferredLaw)
    {
        _endpoint = endpoint;
        _layer = layer;
        TargetUri = targetUri;
        Destination = destination;
        _remoteTarget = targetUri;
        _preferredLaw = preferredLaw;
        LocalTag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        CallId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "@" + endpoint.AdvertisedAddress;
        var user = string.IsNullOrEmpty(fromUser) ? "callcenter" : Uri.EscapeDataString(fromUser);
        var display = string.IsNullOrEmpty(fromDisplayName) ? "" : $"\"{fromDisplayName.Replace("\"", "", StringComparison.Ordinal)}\" ";
        _from = $"{display}<sip:{user}@{endpoint.AdvertisedAddress}>;tag={LocalTag}";
        _to = $"<{targetUri}>";
        StartedAt = endpoint.Time.GetUtcNow();
    }

    public string CallId { get; }
    public string LocalTag { get; }
    public string RemoteTag { get; private set; } = "";
    public string TargetUri { get; }

    /// <summary>Where the INVITE and every later request of the dialog go (the target itself, or the configured trunk/proxy).</summary>
    public IPEndPoint Destination { get; }

    public OutboundCallState State { get; private set; } = OutboundCallState.Calling;
    public int? FinalStatus { get; private set; }
    public CallEndReason? EndReason { get; private set; }
    public DateTimeOffset StartedAt { get; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SdpAnswer? Media { get; private set; }
    public RtpSession? Rtp => Media is not null ? _rtp : null;

    /// <summary>The INVITE's client transaction (tests look at its state and retransmissions).</summary>
    public InviteClientTransaction? InviteTransaction => _invite;

    /// <summary>The final status of the INVITE: 2xx answered, 486 busy, 487 after our CANCEL, 408 when nothing came (Timer B).</summary>
    public Task<int> Answer => _final.Task;

    public Task<CallEndReason> Completion => _ended.Task;

    /// <summary>Raised once when the leg ends, on the thread pool.</summary>
    public event Action<SipOutboundCall, CallEndReason>? Ended;

    /// <summary>Binds the RTP socket (its port goes into the offer) and sends the INVITE. Throws SocketException when no port is free.</summary>
    internal void Start()
    {
        _rtp = _endpoint.CreateRtpSession();
        _offer = SdpOfferer.CreateOffer(_endpoint.AdvertisedAddress, _rtp.LocalEndPoint.Port, _endpoint.Time.GetUtcNow().ToUnixTimeSeconds(), _preferredLaw);
        var invite = NewRequest(SipMethods.Invite, TargetUri, ++_cseq);
        invite.AddHeader(SipHeaderNames.Contact, $"<{_endpoint.ContactUri}>");
        invite.AddHeader(SipHeaderNames.Allow, SipMethods.AllowList);
        invite.AddHeader(SipHeaderNames.ContentType, "application/sdp");
        invite.Body = Encoding.UTF8.GetBytes(_offer);
        _invite = _layer.SendInvite(invite, Destination, OnResponse, OnTimeout);
    }

    /// <summary>
    /// Ends the leg whatever its state: CANCEL while it rings (deferred until the first provisional response when none
    /// came yet), BYE once answered. Safe to call more than once and from any thread.
    /// </summary>
    public void Hangup()
    {
        lock (_layer.Sync)
        {
            switch (State)
            {
                case OutboundCallState.Calling:
                    _cancelRequested = true; // sent when a provisional response arrives; Timer B ends the leg otherwise
                    break;
                case OutboundCallState.Ringing:
                    _cancelRequested = true;
                    SendCancel();
                    break;
                case OutboundCallState.Answered:
                    SendBye();
                    EndLocked(CallEndReason.LocalHangup);
                    break;
            }
        }
    }

    private void OnResponse(SipResponse response)
    {
        if (response.IsProvisional)
        {
            // Any provisional response, 100 included, makes a CANCEL legal (RFC 3261 §9.1).
            if (State == OutboundCallState.Calling) State = OutboundCallState.Ringing;
            if (_cancelRequested) SendCancel();
            return;
        }
        if (response.IsSuccess)
        {
            OnSuccess(response);
            return;
        }
        FinalStatus = response.StatusCode;
        _final.TrySetResult(response.StatusCode);
        EndLocked(response.StatusCode == 487 && _cancelRequested ? CallEndReason.Cancelled : CallEndReason.Rejected);
    }

    private void OnSuccess(SipResponse response)
    {
        if (_ackBytes is not null)
        {
            // A retransmitted 2xx: our ACK was lost, send it again (RFC 3261 §13.2.2.4).
            _layer.SendRaw(_ackBytes, Destination);
            return;
        }
        RemoteTag = response.To.Tag ?? "";
        _to = response.GetHeader(SipHeaderNames.To) ?? _to;
        if (response.GetHeader(SipHeaderNames.Contact) is { } contact && NameAddress.Parse(contact).Uri is { Length: > 0 } uri) _remoteTarget = uri;
        _routeSet.Clear();
        _routeSet.AddRange(response.GetHeaders(SipHeaderNames.RecordRoute).Reverse());
        var ack = NewRequest(SipMethods.Ack, _remoteTarget, response.CSeq.Number);
        _ackBytes = ack.ToBytes();
        _layer.SendRaw(_ackBytes, Destination);
        FinalStatus = response.StatusCode;
        if (State == OutboundCallState.Ended || _cancelRequested)
        {
            // Answered after we gave up (CANCEL crossed the 200, or the leg already ended): confirm, then leave.
            _final.TrySetResult(response.StatusCode);
            SendBye();
            EndLocked(CallEndReason.LocalHangup);
            return;
        }
        var media = SdpOfferer.ReadAnswer(response.BodyText, _offer);
        if (media is null || _rtp is null)
        {
            _final.TrySetResult(488);
            SendBye();
            EndLocked(CallEndReason.NotAcceptable);
            return;
        }
        Media = media;
        State = OutboundCallState.Answered;
        AnsweredAt = _endpoint.Time.GetUtcNow();
        _rtp.Start(media, _endpoint.Clock);
        ScheduleMediaCheck();
        _final.TrySetResult(response.StatusCode);
    }

    private void OnTimeout()
    {
        FinalStatus = 408;
        _final.TrySetResult(408);
        EndLocked(CallEndReason.NoResponse);
    }

    private void SendCancel()
    {
        if (_cancelSent || _invite is null || _invite.State is not (InviteClientTransactionState.Calling or InviteClientTransactionState.Proceeding)) return;
        _cancelSent = true;
        _layer.SendCancel(_invite, _ => { });
    }

    private void SendBye()
    {
        var bye = NewRequest(SipMethods.Bye, _remoteTarget, ++_cseq);
        _layer.SendRequest(bye, Destination, _ => { });
    }

    /// <summary>A request of this dialog from the target (routed here by the endpoint by Call-ID and our tag).</summary>
    internal void OnRequest(ServerTransaction tx)
    {
        var request = tx.Request;
        switch (request.Method)
        {
            case SipMethods.Bye:
                _layer.SendResponse(tx, SipResponseBuilder.Create(request, 200, "OK"));
                EndLocked(CallEndReason.RemoteHangup);
                break;
            case SipMethods.Invite:
                OnReInvite(tx);
                break;
            case SipMethods.Info or SipMethods.Options or SipCall.NotifyMethod:
                _layer.SendResponse(tx, SipResponseBuilder.Create(request, 200, "OK"));
                break;
            default:
                var notAllowed = SipResponseBuilder.Create(request, 405, "Method Not Allowed");
                notAllowed.AddHeader(SipHeaderNames.Allow, SipMethods.AllowList);
                _layer.SendResponse(tx, notAllowed);
                break;
        }
    }

    /// <summary>A session refresh or hold from the target: answered from our RTP port, media keeps flowing as negotiated.</summary>
    private void OnReInvite(ServerTransaction tx)
    {
        if (State != OutboundCallState.Answered || _rtp is null)
        {
            _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 491, "Request Pending"));
            return;
        }
        var answer = tx.Request.Body.Length == 0 ? null
            : SdpNegotiator.Answer(tx.Request.BodyText, _endpoint.AdvertisedAddress, _rtp.LocalEndPoint.Port, _endpoint.Time.GetUtcNow().ToUnixTimeSeconds());
        if (tx.Request.Body.Length > 0 && answer is null)
        {
            _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 488, "Not Acceptable Here"));
            return;
        }
        var ok = SipResponseBuilder.Create(tx.Request, 200, "OK");
        ok.AddHeader(SipHeaderNames.Contact, $"<{_endpoint.ContactUri}>");
        if (answer is not null)
        {
            ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
            ok.Body = Encoding.UTF8.GetBytes(answer.Text);
        }
        _layer.SendResponse(tx, ok);
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
                if (State != OutboundCallState.Answered || _rtp is null) return;
                if (Media?.Direction is "sendrecv" or "recvonly" && _rtp.Idle > timeout)
                {
                    SendBye();
                    EndLocked(CallEndReason.MediaTimeout);
                    return;
                }
                ScheduleMediaCheck();
            }
        });
    }

    private SipRequest NewRequest(string method, string uri, uint cseq)
    {
        var request = new SipRequest(method, uri);
        var branch = "z9hG4bK" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        request.AddHeader(SipHeaderNames.Via,
            $"SIP/2.0/UDP {_endpoint.AdvertisedAddress}:{_layer.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture)};branch={branch};rport");
        foreach (var route in _routeSet) request.AddHeader(SipHeaderNames.Route, route);
        request.AddHeader(SipHeaderNames.MaxForwards, "70");
        request.AddHeader(SipHeaderNames.From, _from);
        request.AddHeader(SipHeaderNames.To, _to);
        request.AddHeader(SipHeaderNames.CallId, CallId);
        request.AddHeader(SipHeaderNames.CSeq, $"{cseq.ToString(CultureInfo.InvariantCulture)} {method}");
        request.AddHeader(SipHeaderNames.UserAgent, _endpoint.Options.UserAgent);
        return request;
    }

    internal void EndLocked(CallEndReason reason)
    {
        if (State == OutboundCallState.Ended) return;
        State = OutboundCallState.Ended;
        EndReason = reason;
        EndedAt = _endpoint.Time.GetUtcNow();
        _mediaCheck?.Cancel();
        _rtp?.Dispose();
        _endpoint.RemoveOutbound(this);
        _final.TrySetResult(FinalStatus ?? 0);
        _ended.TrySetResult(reason);
        var handler = Ended;
        if (handler is not null) ThreadPool.QueueUserWorkItem(_ => handler(this, reason));
    }
}
