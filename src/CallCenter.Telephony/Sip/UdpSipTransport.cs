using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Sip;

/// <summary>SIP over UDP: one socket, one receive loop. Nothing a peer sends can end the loop.</summary>
public sealed class UdpSipTransport : ISipTransport
{
    private readonly Socket _socket;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private long _handlerFailures;
    private long _sendFailures;

    public UdpSipTransport(IPEndPoint bindTo)
    {
        _socket = new Socket(bindTo.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.ReceiveBufferSize = 4 * 1024 * 1024;
        _socket.Bind(bindTo);
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public long HandlerFailures => Interlocked.Read(ref _handlerFailures);

    public long SendFailures => Interlocked.Read(ref _sendFailures);

    public void Send(byte[] datagram, IPEndPoint destination)
    {
        try
        {
            _socket.SendTo(datagram, SocketFlags.None, destination);
        }
        catch (SocketException)
        {
            // ICMP errors from earlier sends surface here on Linux; retransmission timers cover a lost datagram.
            Interlocked.Increment(ref _sendFailures);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Start(Action<ReadOnlyMemory<byte>, IPEndPoint> onDatagram) => _loop = Task.Run(() => ReceiveLoop(onDatagram));

    private async Task ReceiveLoop(Action<ReadOnlyMemory<byte>, IPEndPoint> onDatagram)
    {
        var buffer = new byte[65536];
        // The SocketAddress overload fills one reused address (the EndPoint overload allocated an IPEndPoint and its
        // SocketAddress per datagram). Signalling mostly comes from one peer (a proxy, sipp), so the last source's
        // IPEndPoint is kept and handed out again while the address is unchanged; IPAddress also caches its text.
        var from = new SocketAddress(LocalEndPoint.AddressFamily);
        SocketAddress? lastFrom = null;
        IPEndPoint? lastSource = null;
        while (!_stop.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, from, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException) { continue; } // e.g. ConnectionReset from an ICMP port-unreachable
            if (lastSource is null || !from.Equals(lastFrom))
            {
                lastFrom = new SocketAddress(from.Family, from.Size);
                from.Buffer.Span.CopyTo(lastFrom.Buffer.Span);
                lastSource = (IPEndPoint)LocalEndPoint.Create(lastFrom);
            }
            try
            {
                onDatagram(buffer.AsMemory(0, received), lastSource);
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _handlerFailures);
            }
        }
    }

    /// <summary>Safe to call more than once (a host may stop its SIP node twice while shutting down).</summary>
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stop.Cancel();
        _socket.Dispose();
        try { _loop?.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
