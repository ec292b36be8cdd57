using System.Net;
using System.Text;
using CallCenter.Telephony.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Sip;

/// <summary>
/// RFC 3261 §17 transactions over one transport. One lock (<see cref="Sync"/>) serialises datagrams, timers and
/// the transaction user, which makes "a retransmitted INVITE is never a second call" a plain dictionary lookup.
/// </summary>
public sealed partial class SipTransactionLayer
{
    private readonly ISipTransport _transport;
    private readonly SipScheduler _scheduler;
    private readonly Dictionary<string, ServerTransaction> _server = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClientTransaction> _client = new(StringComparer.Ordinal);
    private readonly ILogger _log;
    private ISipTransactionUser? _user;

    public SipTransactionLayer(ISipTransport transport, SipScheduler scheduler, SipTimerSettings timers, ILogger? log = null)
    {
        _transport = transport;
        _scheduler = scheduler;
        Timers = timers;
        _log = log ?? NullLogger.Instance;
    }

    public Lock Sync { get; } = new();

    public SipTimerSettings Timers { get; }

    public SipStatistics Statistics { get; } = new();

    public SipScheduler Scheduler => _scheduler;

    public IPEndPoint LocalEndPoint => _transport.LocalEndPoint;

    /// <summary>
    /// Asked before a new server transaction is created; false drops the request with no state and no reply (the
    /// registrar's per-source flood limit). Runs under <see cref="Sync"/>: keep it cheap.
    /// </summary>
    public Func<SipRequest, IPEndPoint, bool>? AdmitRequest { get; set; }

    public int ServerTransactionCount { get { lock (Sync) return _server.Count; } }

    public int ClientTransactionCount { get { lock (Sync) return _client.Count; } }

    public void Start(ISipTransactionUser user)
    {
        _user = user;
        _transport.Start(OnDatagram);
    }

    /// <summary>Entry point for every datagram; public so tests can feed bytes without a socket.</summary>
    public void OnDatagram(ReadOnlyMemory<byte> data, IPEndPoint source)
    {
        var result = SipParser.Parse(data.Span);
        if (!result.Success)
        {
            HandleMalformed(result, source);
            return;
        }
        lock (Sync)
        {
            if (result.Message is SipResponse response) HandleResponse(response);
            else HandleRequest((SipRequest)result.Message!, source);
        }
    }

    private void HandleMalformed(SipParseResult result, IPEndPoint source)
    {
        if (result.Error == SipParseError.KeepAlive) return;
        var partial = result.Partial;
        // A 400 needs a Via to travel back on; never answer an ACK (RFC 3261 §17.2.1) or a response.
        if (partial is null || partial.Method == SipMethods.Ack || !ViaHeader.TryParse(partial.GetHeader(SipHeaderNames.Via), out var via))
        {
            Interlocked.Increment(ref Statistics.MalformedDroppedCount);
            LogDropped(result.Error, source);
            return;
        }
        var response = SipResponseBuilder.Create(partial, 400, "Bad Request");
        response.AddHeader(SipHeaderNames.Reason, $"SIP;cause=400;text=\"{result.Detail.Replace("\"", "'")}\"");
        _transport.Send(response.ToBytes(), ResponseTarget(via, source));
        Interlocked.Increment(ref Statistics.MalformedAnsweredCount);
    }

    private void HandleRequest(SipRequest request, IPEndPoint source)
    {
        var via = StampVia(request, source);
        var target = ResponseTarget(via, source);
        var method = request.Method;
        if (method == SipMethods.Ack)
        {
            var inviteKey = TransactionKey(request, via, SipMethods.Invite);
            if (_server.TryGetValue(inviteKey, out var inviteTx) && inviteTx.State is ServerTransactionState.Completed or ServerTransactionState.Confirmed)
            {
                OnAckForNonSuccess(inviteTx);
                return;
            }
            _user?.OnAck(request, source);
            return;
        }

        var key = TransactionKey(request, via, method);
        if (_server.TryGetValue(key, out var existing))
        {
            Interlocked.Increment(ref Statistics.RetransmittedRequestsCount);
            if (existing.LastResponseBytes is { } bytes)
            {
                _transport.Send(bytes, existing.ResponseTarget);
                Interlocked.Increment(ref Statistics.ResponsesRetransmittedCount);
            }
            return;
        }

        if (AdmitRequest is { } admit && !admit(request, source)) return;
        var tx = new ServerTransaction(key, request, source, target);
        _server[key] = tx;
        if (request.GetHeader(SipHeaderNames.MaxForwards) is "0")
        {
            SendResponse(tx, SipResponseBuilder.Create(request, 483, "Too Many Hops"));
            return;
        }
        if (method == SipMethods.Cancel)
        {
            HandleCancel(tx, request, via);
            return;
        }
        if (tx.IsInvite)
        {
            // Sent at once rather than after 200 ms: the UAS core may take longer, and it stops INVITE retransmissions.
            SendResponse(tx, SipResponseBuilder.Create(request, 100, "Trying"));
        }
        _user?.OnRequest(tx);
    }

    private void HandleCancel(ServerTransaction cancelTx, SipRequest cancel, ViaHeader via)
    {
        var inviteKey = TransactionKey(cancel, via, SipMethods.Invite);
        if (!_server.TryGetValue(inviteKey, out var inviteTx))
        {
            SendResponse(cancelTx, SipResponseBuilder.Create(cancel, 481, "Call/Transaction Does Not Exist"));
            return;
        }
        SendResponse(cancelTx, SipResponseBuilder.Create(cancel, 200, "OK"));
        if (!inviteTx.HasFinalResponse) _user?.OnCancel(inviteTx);
    }

    /// <summary>Adds received/rport to the top Via (RFC 3261 §18.2.1, RFC 3581) and returns it.</summary>
    private static ViaHeader StampVia(SipRequest request, IPEndPoint source)
    {
        var via = request.TopVia;
        var sourceIp = source.Address.ToString();
        var stamped = via with
        {
            Received = via.HasRport || via.Host != sourceIp ? sourceIp : via.Received,
            Rport = via.HasRport ? source.Port : via.Rport,
        };
        var index = request.Headers.FindIndex(h => h.Name == SipHeaderNames.Via);
        if (index >= 0) request.Headers[index] = new SipHeader(SipHeaderNames.Via, stamped.ToString());
        return stamped;
    }

    /// <summary>Responses go to the source address; the port is the source port with rport, else the Via port.</summary>
    private static IPEndPoint ResponseTarget(ViaHeader via, IPEndPoint source) =>
        new(source.Address, via.HasRport ? source.Port : via.Port ?? 5060);

    /// <summary>RFC 3261 §17.2.3: branch + sent-by + method; ACK and CANCEL match the INVITE by passing its method.</summary>
    internal static string TransactionKey(SipRequest request, ViaHeader via, string method)
    {
        if (via.Branch is { } branch && branch.StartsWith("z9hG4bK", StringComparison.Ordinal))
            return $"{branch}|{via.SentBy}|{method}";
        // RFC 2543 peers: fall back to the dialog identifiers plus CSeq number.
        var sb = new StringBuilder();
        sb.Append(request.CallId).Append('|').Append(request.From.Tag).Append('|').Append(request.CSeq.Number)
          .Append('|').Append(via.SentBy).Append('|').Append(method);
        return sb.ToString();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped malformed datagram from {Source}: {Error}")]
    private partial void LogDropped(SipParseError error, IPEndPoint source);
}
