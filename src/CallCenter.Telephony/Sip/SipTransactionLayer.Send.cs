using System.Net;

namespace CallCenter.Telephony.Sip;

/// <summary>Responses and client requests: the timers of RFC 3261 §17 (E, F, G, H, I, J, K) and RFC 6026 (L).</summary>
public sealed partial class SipTransactionLayer
{
    /// <summary>Sends a response in a server transaction and moves its state machine. Call with or without the lock.</summary>
    public void SendResponse(ServerTransaction tx, SipResponse response)
    {
        lock (Sync)
        {
            if (tx.State is ServerTransactionState.Terminated or ServerTransactionState.Completed or ServerTransactionState.Confirmed
                || (tx.State == ServerTransactionState.Accepted && !response.IsSuccess))
                return; // a final response was already sent; late answers from the TU are ignored
            var bytes = response.ToBytes();
            tx.LastResponse = response;
            tx.LastResponseBytes = bytes;
            _transport.Send(bytes, tx.ResponseTarget);
            if (response.IsProvisional)
            {
                tx.State = ServerTransactionState.Proceeding;
                return;
            }
            if (tx.IsInvite && response.IsSuccess)
            {
                if (tx.State == ServerTransactionState.Accepted) return;
                // RFC 6026 Timer L: keep absorbing INVITE retransmissions; the UAS core retransmits the 2xx itself.
                tx.State = ServerTransactionState.Accepted;
                tx.TimeoutTimer = _scheduler.Schedule(Timers.TransactionTimeout, () => Terminate(tx));
                return;
            }
            tx.State = ServerTransactionState.Completed;
            if (tx.IsInvite)
            {
                tx.RetransmitInterval = Timers.T1;
                tx.RetransmitTimer = _scheduler.Schedule(Timers.T1, () => TimerG(tx));
                tx.TimeoutTimer = _scheduler.Schedule(Timers.TransactionTimeout, () => Terminate(tx)); // Timer H
            }
            else
            {
                tx.TimeoutTimer = _scheduler.Schedule(Timers.TransactionTimeout, () => Terminate(tx)); // Timer J (UDP)
            }
        }
    }

    /// <summary>Sends raw bytes outside any transaction (the UAS core's 2xx retransmissions).</summary>
    public void SendRaw(byte[] datagram, IPEndPoint destination) => _transport.Send(datagram, destination);

    private void TimerG(ServerTransaction tx)
    {
        lock (Sync)
        {
            if (tx.State != ServerTransactionState.Completed || tx.LastResponseBytes is null) return;
            _transport.Send(tx.LastResponseBytes, tx.ResponseTarget);
            Interlocked.Increment(ref Statistics.ResponsesRetransmittedCount);
            tx.RetransmitInterval = Timers.NextRetransmit(tx.RetransmitInterval);
            tx.RetransmitTimer = _scheduler.Schedule(tx.RetransmitInterval, () => TimerG(tx));
        }
    }

    private void OnAckForNonSuccess(ServerTransaction tx)
    {
        if (tx.State != ServerTransactionState.Completed) return; // Confirmed: a retransmitted ACK is absorbed
        tx.State = ServerTransactionState.Confirmed;
        tx.RetransmitTimer?.Cancel();
        tx.TimeoutTimer?.Cancel();
        tx.TimeoutTimer = _scheduler.Schedule(Timers.T4, () => Terminate(tx)); // Timer I
    }

    private void Terminate(ServerTransaction tx)
    {
        lock (Sync)
        {
            tx.State = ServerTransactionState.Terminated;
            tx.RetransmitTimer?.Cancel();
            tx.TimeoutTimer?.Cancel();
            if (_server.TryGetValue(tx.Key, out var current) && ReferenceEquals(current, tx)) _server.Remove(tx.Key);
        }
    }

    /// <summary>Starts a non-INVITE client transaction; <paramref name="onFinal"/> runs under the lock, null on timeout.</summary>
    public void SendRequest(SipRequest request, IPEndPoint destination, Action<SipResponse?> onFinal)
    {
        lock (Sync)
        {
            var via = request.TopVia;
            var key = $"{via.Branch}|{request.CSeq.Method}";
            var tx = new ClientTransaction(key, request, request.ToBytes(), destination, onFinal) { Interval = Timers.T1 };
            _client[key] = tx;
            _transport.Send(tx.Bytes, destination);
            tx.TimerE = _scheduler.Schedule(Timers.T1, () => TimerE(tx));
            tx.TimerF = _scheduler.Schedule(Timers.TransactionTimeout, () => TimerF(tx));
        }
    }

    private void TimerE(ClientTransaction tx)
    {
        lock (Sync)
        {
            if (tx.Completed) return;
            _transport.Send(tx.Bytes, tx.Destination);
            tx.Interval = Timers.NextRetransmit(tx.Interval);
            tx.TimerE = _scheduler.Schedule(tx.Interval, () => TimerE(tx));
        }
    }

    private void TimerF(ClientTransaction tx)
    {
        lock (Sync)
        {
            if (tx.Completed) return;
            tx.Completed = true;
            tx.TimerE?.Cancel();
            _client.Remove(tx.Key);
            tx.OnFinal(null);
        }
    }

    private void HandleResponse(SipResponse response)
    {
        if (response.CSeq.Method == SipMethods.Invite && HandleInviteResponse(response)) return;
        var key = $"{response.TopVia.Branch}|{response.CSeq.Method}";
        if (!_client.TryGetValue(key, out var tx))
        {
            Interlocked.Increment(ref Statistics.StrayResponsesCount);
            return;
        }
        if (tx.Completed) return; // retransmitted final response absorbed during Timer K
        if (response.IsProvisional)
        {
            tx.Interval = Timers.T2; // Proceeding: retransmit at T2 (RFC 3261 §17.1.2.2)
            return;
        }
        tx.Completed = true;
        tx.TimerE?.Cancel();
        tx.TimerF?.Cancel();
        _scheduler.Schedule(Timers.T4, () => { lock (Sync) _client.Remove(tx.Key); }); // Timer K
        tx.OnFinal(response);
    }
}
