using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Media;

namespace CallCenter.Voice.Tests.Acd.Support;

/// <summary>
/// The caller's ear: a UDP socket a sipp caller offers as its RTP port (<see cref="Support.SippScenario.MediaPort"/>).
/// Keeps every G.711 packet the node sends with its arrival time, so a test measures the level of what the caller heard
/// in a window (music before the announcement, the announcement itself). Sends a quiet packet back now and then, as a
/// phone would, so the node's media inactivity check sees a live caller.
/// </summary>
public sealed class RtpProbe : IAsyncDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _sync = new();
    private readonly List<(DateTimeOffset At, short[] Pcm)> _frames = [];
    private readonly Task _loop;
    private IPEndPoint? _node;

    public RtpProbe() => _loop = Task.Run(ReceiveAsync);

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    public int Packets
    {
        get { lock (_sync) return _frames.Count; }
    }

    /// <summary>Packets received between the two instants and their RMS level in dBFS (-inf for digital silence or none).</summary>
    public (int Packets, double RmsDb) Level(DateTimeOffset from, DateTimeOffset to)
    {
        double sum = 0;
        long samples = 0;
        var packets = 0;
        lock (_sync)
        {
            foreach (var (at, pcm) in _frames)
            {
                if (at < from || at > to) continue;
                packets++;
                foreach (var s in pcm) sum += (double)s * s;
                samples += pcm.Length;
            }
        }
        if (samples == 0 || sum == 0) return (packets, double.NegativeInfinity);
        return (packets, 20 * Math.Log10(Math.Sqrt(sum / samples) / 32768.0));
    }

    private async Task ReceiveAsync()
    {
        var quiet = BuildQuietPacket();
        var sent = 0;
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await _socket.ReceiveAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stop.IsCancellationRequested) return;
                continue;
            }
            var packet = datagram.Buffer;
            if (packet.Length <= 12 || (packet[0] >> 6) != 2) continue;
            var payloadType = packet[1] & 0x7f;
            if (payloadType is not (0 or 8)) continue; // telephone-event and the like carry no audio
            var headerLength = 12 + 4 * (packet[0] & 0x0f);
            if (packet.Length <= headerLength) continue;
            var pcm = new short[packet.Length - headerLength];
            G711.Decode(payloadType == 0 ? G711Law.MuLaw : G711Law.ALaw, packet.AsSpan(headerLength), pcm);
            lock (_sync) _frames.Add((DateTimeOffset.UtcNow, pcm));
            _node ??= datagram.RemoteEndPoint;
            // One quiet packet for every ten received: enough for the inactivity check, no echo of what we heard.
            if (++sent % 10 == 1)
            {
                var sequence = (ushort)(sent / 10);
                quiet[2] = (byte)(sequence >> 8);
                quiet[3] = (byte)sequence;
                var timestamp = (uint)(sequence * 160);
                quiet[4] = (byte)(timestamp >> 24);
                quiet[5] = (byte)(timestamp >> 16);
                quiet[6] = (byte)(timestamp >> 8);
                quiet[7] = (byte)timestamp;
                try
                {
                    await _socket.SendAsync(quiet, _node);
                }
                catch (SocketException)
                {
                }
            }
        }
    }

    private static byte[] BuildQuietPacket()
    {
        var packet = new byte[12 + 160];
        packet[0] = 0x80; // version 2
        packet[1] = 0; // PCMU
        packet.AsSpan(12).Fill(0xFF); // μ-law silence
        packet[8] = 0x12; // an SSRC of our own
        return packet;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        _stop.Dispose();
    }
}
