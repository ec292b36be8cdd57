using System.Buffers;
using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The media of one call: one UDP socket, one sender paced by the shared <see cref="MediaClock"/>, a receive loop
/// feeding the DTMF receiver and the recorder. The remote address from SDP is only a first guess: the first valid
/// packet latches the real source (symmetric RTP, RFC 4961), which is what gets through NATs; after that, packets
/// from other addresses are ignored.
/// </summary>
public sealed class RtpSession : IDisposable
{
    private readonly Socket _socket;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private MediaClock? _clock;
    private RtpSender? _sender;
    private DtmfReceiver? _dtmf;
    private SdpAnswer? _media;
    private volatile IPEndPoint? _remote;
    // The remote address pre-serialised: sending and comparing sources then allocate nothing per packet.
    private volatile SocketAddress? _remoteAddress;
    private long _lastReceivedTimestamp;
    private long _packetsReceived;
    private long _packetsIgnored;
    private Task? _loop;

    public RtpSession(IPAddress localAddress, TimeProvider time, int portMin = 0, int portMax = 0)
    {
        _time = time;
        _socket = RtpPortAllocator.Bind(localAddress, portMin, portMax);
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
        _lastReceivedTimestamp = time.GetTimestamp();
    }

    public IPEndPoint LocalEndPoint { get; }

    public IPEndPoint? RemoteEndPoint => _remote;

    public bool IsLatched { get; private set; }

    public long PacketsReceived => Interlocked.Read(ref _packetsReceived);

    /// <summary>Packets from unlatched addresses, with unknown payload types (e.g. sipp's PT 97 fillers), or not RTP.</summary>
    public long PacketsIgnored => Interlocked.Read(ref _packetsIgnored);

    public RtpSender? Sender => _sender;

    /// <summary>Set to record what the caller says; null stops recording.</summary>
    public CallRecorder? Recorder { get; set; }

    /// <summary>The channel of a conversation recording (<see cref="ConversationRecorder"/>) this leg's audio goes to; null when none.</summary>
    public IRtpAudioSink? StereoChannel { get; set; }

    /// <summary>
    /// Set while the call is bridged: every accepted audio and telephone-event packet is handed over on the receive
    /// loop (after latching, before recording and DTMF detection). The packet aliases the receive buffer.
    /// </summary>
    public Action<RtpPacket>? Relay { get; set; }

    /// <summary>Raised on the receive loop, once per key press.</summary>
    public event Action<DtmfDigit>? DigitReceived;

    /// <summary>Time since the last packet from the peer (or since the session started).</summary>
    public TimeSpan Idle => _time.GetElapsedTime(Interlocked.Read(ref _lastReceivedTimestamp));

    /// <summary>Applies the negotiated media and starts sending on the shared clock and receiving.</summary>
    public void Start(SdpAnswer media, MediaClock clock)
    {
        _media = media;
        _remote = media.RemoteRtp;
        _remoteAddress = media.RemoteRtp.Serialize();
        _dtmf = media.TelephoneEventPayloadType is { } te ? new DtmfReceiver(te, _time) : null;
        _sender = new RtpSender(media.Law, media.AudioPayloadType, media.PtimeMs, Send)
        {
            Sending = media.Direction is "sendrecv" or "sendonly",
        };
        _clock = clock;
        Interlocked.Exchange(ref _lastReceivedTimestamp, _time.GetTimestamp());
        clock.Register(_sender);
        _loop = Task.Run(ReceiveLoop);
    }

    /// <summary>Sends a complete RTP packet built elsewhere (a bridge's relayed stream) to the latched peer.</summary>
    public void SendRelayed(byte[] packet, int length) => Send(packet, length);

    private void Send(byte[] packet, int length)
    {
        var remote = _remote;
        var address = _remoteAddress;
        if (remote is null || address is null || remote.Port == 0 || remote.Address.Equals(IPAddress.Any)) return; // on hold (c=0.0.0.0)
        try
        {
            _socket.SendTo(packet.AsSpan(0, length), SocketFlags.None, address);
        }
        catch (SocketException)
        {
            // ICMP port unreachable from an earlier packet; the inactivity timeout decides when the call is dead.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ReceiveLoop()
    {
        // Pooled: a 2 KB buffer per call was a visible part of each call's allocation.
        var buffer = ArrayPool<byte>.Shared.Rent(2048);
        try
        {
            await ReceiveInto(buffer).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task ReceiveInto(byte[] buffer)
    {
        var from = new SocketAddress(LocalEndPoint.AddressFamily);
        while (!_stop.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, from, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException) { continue; }
            OnPacket(buffer.AsMemory(0, received), from);
        }
    }

    /// <summary>Handles one datagram; public so tests can drive latching, DTMF and recording without sockets.</summary>
    public void OnPacket(ReadOnlyMemory<byte> datagram, IPEndPoint source) => OnPacket(datagram, source.Serialize());

    private void OnPacket(ReadOnlyMemory<byte> datagram, SocketAddress source)
    {
        var media = _media;
        if (media is null || !RtpPacket.TryParse(datagram, out var packet)) { Interlocked.Increment(ref _packetsIgnored); return; }
        var isAudio = packet.PayloadType == media.AudioPayloadType;
        var isEvent = packet.PayloadType == media.TelephoneEventPayloadType;
        if (!isAudio && !isEvent) { Interlocked.Increment(ref _packetsIgnored); return; }
        if (!IsLatched)
        {
            // The receive loop reuses its SocketAddress: keep a copy.
            var latched = new SocketAddress(source.Family, source.Size);
            source.Buffer.Span.CopyTo(latched.Buffer.Span);
            _remote = (IPEndPoint)LocalEndPoint.Create(latched);
            _remoteAddress = latched;
            IsLatched = true;
        }
        else if (!source.Equals(_remoteAddress))
        {
            Interlocked.Increment(ref _packetsIgnored);
            return;
        }
        Interlocked.Increment(ref _packetsReceived);
        Interlocked.Exchange(ref _lastReceivedTimestamp, _time.GetTimestamp());
        Relay?.Invoke(packet);
        if (isAudio)
        {
            Recorder?.Add(packet.Ssrc, packet.Timestamp, packet.Payload.Span);
            StereoChannel?.Add(packet.Ssrc, packet.Timestamp, packet.Payload.Span);
            return;
        }
        if (_dtmf?.Process(packet) is { } digit) DigitReceived?.Invoke(digit);
    }

    public void Dispose()
    {
        if (_sender is not null) _clock?.Unregister(_sender);
        _sender?.Player.Stop();
        _stop.Cancel();
        _socket.Dispose();
        _stop.Dispose();
    }
}
