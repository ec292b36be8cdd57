using System.Net;

namespace CallCenter.Telephony.Sip;

/// <summary>The INVITE client transaction (RFC 3261 §17.1.1, RFC 6026): Timers A, B, D and M, the ACK for non-2xx, CANCEL.</summary>
public sealed partial class SipTransactionLayer
{
    private readonly Dictionary<string, InviteClientTransaction> _inviteClient = new(StringComparer.Ordinal);

    public int InviteClientTransactionCount { get { lock (Sync) return _inviteClient.Count; } }

    /// <summary>
    /// Sends an INVITE in a new client transaction. Timer A retransmits it at T1, 2·T1, 4·T1, … (no T2 cap for INVITE)
    /// until any response; Timer B gives up after 64·T1 without a final response. Callbacks run under the lock.
    /// </summary>
    public InviteClientTransaction SendInvite(SipRequest invite, IPEndPoint destination, Action<SipResponse> onResponse, Action onTimeout)
    {
        lock (Sync)
        {
            var key = $"{invite.TopVia.Branch}|{SipMethods.Invite}";
            var tx = new InviteClientTransaction(key, invite, invite.ToBytes(), destination, onResponse, onTimeout) { Interval = Timers.T1 };
            _inviteClient[key] = tx;
            _transport.Send(tx.Bytes, destination);
            tx.TimerA = _scheduler.Schedule(Timers.T1, () => TimerA(tx));
            tx.TimerB = _scheduler.Schedule(Timers.TransactionTimeout, () => TimerB(tx));
            return tx;
        }
    }

    /// <summary>
    /// CANCEL for a pending INVITE (RFC 3261 §9.1): same Request-URI, Call-ID, From, To, CSeq number and top Via
    /// branch, sent in its own non-INVITE client transaction. Only meaningful once a provisional response arrived;
    /// the caller decides when. The INVITE then ends with 487, which this layer ACKs like any non-2xx.
    /// </summary>
    public void SendCancel(InviteClientTransaction tx, Action<SipResponse?> onFinal)
    {
        lock (Sync)
        {
            var invite = tx.Request;
            var cancel = new SipRequest(SipMethods.Cancel, invite.Uri);
            cancel.AddHeader(SipHeaderNames.Via, invite.GetHeader(SipHeaderNames.Via)!);
            foreach (var route in invite.GetHeaders(SipHeaderNames.Route)) cancel.AddHeader(SipHeaderNames.Route, route);
            cancel.AddHeader(SipHeaderNames.MaxForwards, "70");
            cancel.AddHeader(SipHeaderNames.From, invite.GetHeader(SipHeaderNames.From) ?? "");
            cancel.AddHeader(SipHeaderNames.To, invite.GetHeader(SipHeaderNames.To) ?? "");
            cancel.AddHeader(SipHeaderNames.CallId, invite.CallId);
            cancel.AddHeader(SipHeaderNames.CSeq, $"{invite.CSeq.Number} {SipMethods.Cancel}");
            SendRequest(cancel, tx.Destination, onFinal);
        }
    }

    private void TimerA(InviteClientTransaction tx)
    {
        lock (Sync)
        {
            if (tx.State != InviteClientTransactionState.Calling) return;
            _transport.Send(tx.Bytes, tx.Destination);
            tx.Transmissions++;
            tx.Interval *= 2;
            tx.TimerA = _scheduler.Schedule(tx.Interval, () => TimerA(tx));
        }
    }

    private void TimerB(InviteClientTransaction tx)
    {
        lock (Sync)
        {
            if (tx.State is not (InviteClientTransactionState.Calling or InviteClientTransactionState.Proceeding)) return;
            TerminateInvite(tx);
            tx.OnTimeout();
        }
    }

    private void TerminateInvite(InviteClientTransaction tx)
    {
        tx.State = InviteClientTransactionState.Terminated;
        tx.TimerA?.Cancel();
        tx.TimerB?.Cancel();
        tx.TimerD?.Cancel();
        if (_inviteClient.TryGetValue(tx.Key, out var current) && ReferenceEquals(current, tx)) _inviteClient.Remove(tx.Key);
    }

    /// <summary>Runs under the lock; false when no INVITE client transaction matches (a stray response).</summary>
    private bool HandleInviteResponse(SipResponse response)
    {
        if (!_inviteClient.TryGetValue($"{response.TopVia.Branch}|{SipMethods.Invite}", out var tx)) return false;
        switch (tx.State)
        {
            case InviteClientTransactionState.Calling or InviteClientTransactionState.Proceeding:
                if (response.IsProvisional)
                {
                    tx.State = InviteClientTransactionState.Proceeding;
                    tx.TimerA?.Cancel();
                    tx.OnResponse(response);
                    return true;
                }
                tx.TimerA?.Cancel();
                tx.TimerB?.Cancel();
                if (response.IsSuccess)
                {
                    // RFC 6026 Timer M: 2xx retransmissions keep reaching the TU, which ACKs each one.
                    tx.State = InviteClientTransactionState.Accepted;
                    tx.TimerD = _scheduler.Schedule(Timers.TransactionTimeout, () => { lock (Sync) TerminateInvite(tx); });
                    tx.OnResponse(response);
                    return true;
                }
                tx.State = InviteClientTransactionState.Completed;
                tx.AckBytes = BuildNonSuccessAck(tx.Request, response).ToBytes();
                _transport.Send(tx.AckBytes, tx.Destination);
                // Timer D: at least 32 s on UDP (64·T1 with the default T1) absorbs retransmitted finals.
                tx.TimerD = _scheduler.Schedule(Timers.TransactionTimeout, () => { lock (Sync) TerminateInvite(tx); });
                tx.OnResponse(response);
                return true;
            case InviteClientTransactionState.Accepted:
                if (response.IsSuccess) tx.OnResponse(response);
                return true;
            case InviteClientTransactionState.Completed:
                if (!response.IsProvisional && !response.IsSuccess && tx.AckBytes is { } ack) _transport.Send(ack, tx.Destination);
                return true;
            default:
                return true;
        }
    }

    /// <summary>RFC 3261 §17.1.1.3: the ACK for a non-2xx is part of the transaction (same branch, To from the response).</summary>
    internal static SipRequest BuildNonSuccessAck(SipRequest invite, SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, invite.Uri);
        ack.AddHeader(SipHeaderNames.Via, invite.GetHeader(SipHeaderNames.Via)!);
        foreach (var route in invite.GetHeaders(SipHeaderNames.Route)) ack.AddHeader(SipHeaderNames.Route, route);
        ack.AddHeader(SipHeaderNames.MaxForwards, "70");
        ack.AddHeader(SipHeaderNames.From, invite.GetHeader(SipHeaderNames.From) ?? "");
        ack.AddHeader(SipHeaderNames.To, response.GetHeader(SipHeaderNames.To) ?? invite.GetHeader(SipHeaderNames.To) ?? "");
        ack.AddHeader(SipHeaderNames.CallId, invite.CallId);
        ack.AddHeader(SipHeaderNames.CSeq, $"{invite.CSeq.Number} {SipMethods.Ack}");
        return ack;
    }
}
