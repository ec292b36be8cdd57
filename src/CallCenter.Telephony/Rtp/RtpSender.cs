using System.Security.Cryptography;
using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// One outgoing G.711 stream. SSRC, first sequence number and first timestamp are random (RFC 3550 §5.1); the
/// timestamp advances by the samples in each packet, never by the wall clock, and the stream stays the same when
/// the audio source changes (prompt → silence → next prompt), so the far end sees one continuous stream.
/// </summary>
public sealed class RtpSender : IMediaClockClient
{
    private readonly Action<byte[], int> _send;
    private readonly byte[] _packet;
    private readonly int _samplesPerPacket;
    private ushort _sequence;
    private uint _timestamp;
    private bool _first = true;
    private long _packetsSent;

    public RtpSender(G711Law law, int payloadType, int ptimeMs, Action<byte[], int> send)
    {
        Law = law;
        PayloadType = (byte)payloadType;
        PtimeMs = ptimeMs;
        _send = send;
        _samplesPerPacket = ptimeMs * WavFile.SampleRate / 1000;
        _packet = new byte[RtpPacket.HeaderLength + _samplesPerPacket];
        Ssrc = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
        _sequence = (ushort)RandomNumberGenerator.GetInt32(0, 65536);
        _timestamp = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
    }

    public G711Law Law { get; }

    public byte PayloadType { get; }

    public int PtimeMs { get; }

    public uint Ssrc { get; }

    public ushort NextSequenceNumber => _sequence;

    public uint NextTimestamp => _timestamp;

    public long PacketsSent => Interlocked.Read(ref _packetsSent);

    public PromptPlayer Player { get; } = new();

    public TimeSpan Interval => TimeSpan.FromMilliseconds(PtimeMs);

    /// <summary>When false the stream pauses (recvonly/inactive answer); the timestamp still advances to keep timing.</summary>
    public bool Sending { get; set; } = true;

    public void OnTick()
    {
        var payload = _packet.AsSpan(RtpPacket.HeaderLength);
        Player.Fill(payload, Law);
        if (Sending)
        {
            var header = new RtpPacket(PayloadType, _first, _sequence, _timestamp, Ssrc, ReadOnlyMemory<byte>.Empty);
            header.WriteTo(_packet);
            _send(_packet, _packet.Length);
            _sequence++;
            _first = false;
            Interlocked.Increment(ref _packetsSent);
        }
        _timestamp += (uint)_samplesPerPacket;
    }
}
