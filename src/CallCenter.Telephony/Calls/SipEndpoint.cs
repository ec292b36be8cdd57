using System.Globalization;
using System.Net;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Scheduling;
using CallCenter.Telephony.Sip;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// A SIP user agent server for incoming calls: the facade the Voice layer uses. It owns the UDP transport, the
/// transaction layer, the shared scheduler and (unless one is passed in) the shared media clock.
/// </summary>
public sealed class SipEndpoint : ISipTransactionUser, IDisposable
{
    private readonly Dictionary<string, SipCall> _callsByDialog = new(StringComparer.Ordinal);
    private readonly Dictionary<ServerTransaction, SipCall> _callsByInvite = [];
    private readonly Dictionary<string, SipOutboundCall> _outboundByDialog = new(StringComparer.Ordinal);
    private readonly ISipTransport _transport;
    private readonly SipScheduler _scheduler;
    private readonly SipTransactionLayer _layer;
    private readonly bool _ownsClock;
    private readonly ILogger _log;

    public SipEndpoint(SipEndpointOptions options, MediaClock? clock = null, ILoggerFactory? loggers = null)
        : this(options, new UdpSipTransport(new IPEndPoint(options.ListenAddress, options.Port)), clock, loggers)
    {
    }

    /// <summary>With a transport of the caller's choosing (tests feed datagrams without sockets).</summary>
    public SipEndpoint(SipEndpointOptions options, ISipTransport transport, MediaClock? clock = null, ILoggerFactory? loggers = null)
    {
        Options = options;
        _log = (loggers ?? NullLoggerFactory.Instance).CreateLogger<SipEndpoint>();
        _ownsClock = clock is null;
        Clock = clock ?? new MediaClock();
        _transport = transport;
        _scheduler = new SipScheduler(options.Time);
        _layer = new SipTransactionLayer(_transport, _scheduler, options.Timers, (loggers ?? NullLoggerFactory.Instance).CreateLogger<SipTransactionLayer>());
        AdvertisedAddress = options.AdvertisedAddress ?? (options.ListenAddress.Equals(IPAddress.Any) ? IPAddress.Loopback : options.ListenAddress);
        _musicOnHold = new Lazy<Media.MusicOnHold>(() => new Media.MusicOnHold(Media.HoldMusic.Create(), Clock));
        ContactUri = $"sip:callcenter@{AdvertisedAddress}:{LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    public SipEndpointOptions Options { get; }

    public MediaClock Clock { get; }

    private readonly Lazy<Media.MusicOnHold> _musicOnHold;

    /// <summary>
    /// The node's shared music on hold (our generated <see cref="Media.HoldMusic"/> on this endpoint's clock), started on
    /// first use; <see cref="SipCall.StartMusicOnHold()"/> and <see cref="CallBridge.Hold"/> use it unless given another.
    /// </summary>
    public Media.MusicOnHold MusicOnHold => _musicOnHold.Value;

    public TimeProvider Time => Options.Time;

    public IPEndPoint LocalEndPoint => _transport.LocalEndPoint;

    public IPAddress AdvertisedAddress { get; }

    public string ContactUri { get; }

    public SipStatistics Statistics => _layer.Statistics;

    public SipTransactionLayer Transactions => _layer;

    /// <summary>Raised on the thread pool for every new call. With no subscriber, calls are refused with 480.</summary>
    public event Action<SipCall>? IncomingCall;

    public IReadOnlyList<SipCall> ActiveCalls
    {
        get { lock (_layer.Sync) return [.. _callsByInvite.Values]; }
    }

    /// <summary>Calls we placed that have not ended (bridged transfer legs).</summary>
    public IReadOnlyList<SipOutboundCall> ActiveOutboundCalls
    {
        get { lock (_layer.Sync) return [.. _outboundByDialog.Values]; }
    }

    /// <summary>The registrar, once <see cref="EnableRegistrar"/> was called; REGISTER is refused with 405 without it.</summary>
    public SipRegistrar? Registrar { get; private set; }

    /// <summary>Answers REGISTER from now on (ADR 0600 D2), with credentials from <paramref name="credentials"/>.</summary>
    public SipRegistrar EnableRegistrar(ISipCredentialStore credentials, RegistrarOptions? options = null)
    {
        var registrar = new SipRegistrar(credentials, options ?? new RegistrarOptions(), _layer, Options.Time, AdvertisedAddress, Options.UserAgent);
        lock (_layer.Sync)
        {
            if (Registrar is not null) throw new InvalidOperationException("the registrar is already enabled");
            Registrar = registrar;
            _layer.AdmitRequest = registrar.Admit;
        }
        registrar.Start();
        return registrar;
    }

    public void Start() => _layer.Start(this);

    /// <summary>
    /// Places a call to <paramref name="targetUri"/>, sending the INVITE (and every request of the dialog) to
    /// <paramref name="destination"/>. The offer lists <paramref name="preferredLaw"/> first. Throws SocketException
    /// when no RTP port is free.
    /// </summary>
    public SipOutboundCall Dial(string targetUri, IPEndPoint destination, string fromUser, string? fromDisplayName = null,
        Media.G711Law preferredLaw = Media.G711Law.MuLaw)
    {
        lock (_layer.Sync)
        {
            var call = new SipOutboundCall(this, _layer, targetUri, destination, fromUser, fromDisplayName, preferredLaw);
            _outboundByDialog[DialogKey(call.CallId, call.LocalTag)] = call;
            try
            {
                call.Start();
            }
            catch
            {
                _outboundByDialog.Remove(DialogKey(call.CallId, call.LocalTag));
                throw;
            }
            return call;
        }
    }

    /// <summary>
    /// Bridges two legs we placed — a call back (ADR 0600 D5: the agent is dialled first, then the customer): the
    /// <paramref name="customer"/> is the caller side (left channel of a recording, hears the music on hold), the
    /// <paramref name="agent"/> the target. Both must be answered; null when either is not (nothing is hung up then).
    /// From then on it behaves like <see cref="SipCall.BridgeToAsync"/>'s bridge: a hang-up on either leg ends the other —
    /// unless <paramref name="hangUpOtherLeg"/> is false (a transfer's consultation: the leg left behind stays up, detached).
    /// </summary>
    public CallBridge? Bridge(SipOutboundCall customer, SipOutboundCall agent, bool hangUpOtherLeg = true)
    {
        lock (_layer.Sync)
        {
            if (customer.State != OutboundCallState.Answered || agent.State != OutboundCallState.Answered || customer.Media is null || agent.Media is null)
                return null;
            var bridge = new CallBridge(customer, agent, Time, () => MusicOnHold) { HangsUpOtherLeg = hangUpOtherLeg };
            bridge.Start();
            return bridge;
        }
    }

    internal void RemoveOutbound(SipOutboundCall call) => _outboundByDialog.Remove(DialogKey(call.CallId, call.LocalTag));

    internal RtpSession CreateRtpSession() => new(Options.ListenAddress, Options.Time, Options.RtpPortMin, Options.RtpPortMax);

    void ISipTransactionUser.OnRequest(ServerTransaction tx)
    {
        var request = tx.Request;
        if (request.To.Tag is { } ourTag && _outboundByDialog.TryGetValue(DialogKey(request.CallId, ourTag), out var leg))
        {
            leg.OnRequest(tx);
            return;
        }
        var call = FindDialog(request);
        switch (request.Method)
        {
            case SipMethods.Invite when request.To.Tag is null:
                OnNewInvite(tx);
                break;
            case SipMethods.Invite when call is not null:
                call.OnReInvite(tx);
                break;
            case SipMethods.Bye when call is not null:
                call.OnRemoteBye(tx);
                break;
            case SipMethods.Info when call is not null:
                call.OnInfo(tx);
                break;
            case SipCall.NotifyMethod when call is not null:
                call.OnNotify(tx);
                break;
            case SipMethods.Options:
                var ok = SipResponseBuilder.Create(request, 200, "OK", request.To.Tag is null ? Guid.NewGuid().ToString("N")[..12] : null);
                ok.AddHeader(SipHeaderNames.Allow, SipMethods.AllowList);
                ok.AddHeader(SipHeaderNames.Accept, "application/sdp");
                ok.AddHeader(SipHeaderNames.Server, Options.UserAgent);
                _layer.SendResponse(tx, ok);
                break;
            case SipMethods.Register when Registrar is not null:
                Registrar.OnRegister(tx);
                break;
            case SipMethods.Invite or SipMethods.Bye or SipMethods.Info:
                _layer.SendResponse(tx, SipResponseBuilder.Create(request, 481, "Call/Transaction Does Not Exist"));
                break;
            default:
                var notAllowed = SipResponseBuilder.Create(request, 405, "Method Not Allowed", Guid.NewGuid().ToString("N")[..12]);
                notAllowed.AddHeader(SipHeaderNames.Allow, SipMethods.AllowList);
                _layer.SendResponse(tx, notAllowed);
                break;
        }
    }

    private void OnNewInvite(ServerTransaction tx)
    {
        var call = new SipCall(this, _layer, tx);
        var handler = IncomingCall;
        if (handler is null)
        {
            _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 480, "Temporarily Unavailable", call.LocalTag));
            return;
        }
        _callsByInvite[tx] = call;
        _callsByDialog[DialogKey(call.CallId, call.LocalTag)] = call;
        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                handler(call);
            }
            catch (Exception ex)
            {
                _log.LogError(ex, "IncomingCall handler failed for {CallId}", call.CallId);
                call.Hangup();
            }
        });
    }

    void ISipTransactionUser.OnCancel(ServerTransaction inviteTransaction)
    {
        if (_callsByInvite.TryGetValue(inviteTransaction, out var call)) call.OnCancel();
        else if (!inviteTransaction.HasFinalResponse)
            _layer.SendResponse(inviteTransaction, SipResponseBuilder.Create(inviteTransaction.Request, 487, "Request Terminated"));
    }

    void ISipTransactionUser.OnAck(SipRequest ack, IPEndPoint source) => FindDialog(ack)?.OnAck();

    private SipCall? FindDialog(SipRequest request) =>
        request.To.Tag is { } tag && _callsByDialog.TryGetValue(DialogKey(request.CallId, tag), out var call) ? call : null;

    private static string DialogKey(string callId, string localTag) => callId + "|" + localTag;

    internal void Remove(SipCall call)
    {
        _callsByInvite.Remove(call.InviteTransaction);
        _callsByDialog.Remove(DialogKey(call.CallId, call.LocalTag));
    }

    public void Dispose()
    {
        foreach (var call in ActiveCalls) call.Hangup();
        foreach (var leg in ActiveOutboundCalls) leg.Hangup();
        lock (_layer.Sync)
        {
            foreach (var call in _callsByInvite.Values.ToList()) call.EndLocked(CallEndReason.Shutdown);
            foreach (var leg in _outboundByDialog.Values.ToList()) leg.EndLocked(CallEndReason.Shutdown);
        }
        _transport.Dispose();
        _scheduler.Dispose();
        if (_musicOnHold.IsValueCreated) _musicOnHold.Value.Dispose();
        if (_ownsClock) Clock.Dispose();
    }
}
