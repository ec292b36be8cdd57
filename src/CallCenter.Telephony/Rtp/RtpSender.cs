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
    private volatile MusicOnHold? _music;
    private MusicOnHold? _musicPlaying; // clock thread only
    private int _musicCursor = -1;      // clock thread only
    private volatile StreamPosition? _continueFrom;

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

    /// <summary>
    /// Music heard whenever no prompt plays (waiting in a queue, on hold); null for silence. Takes effect at the next
    /// packet; prompts queued on <see cref="Player"/> play over it (announcements) and the music resumes after them.
    /// </summary>
    public MusicOnHold? Music { get => _music; set => _music = value; }

    /// <summary>
    /// Makes the next packet continue another stream sent under this SSRC (a bridge's relay that stops): it carries
    /// <paramref name="sequence"/> and <paramref name="timestamp"/>, with the marker bit, and counting goes on from there.
    /// Applied by the clock thread at its next tick, so it never races a packet being built.
    /// </summary>
    public void ContinueFrom(ushort sequence, uint timestamp) => _continueFrom = new StreamPosition(sequence, timestamp);

    private sealed record StreamPosition(ushort Sequence, uint Timestamp);

    /// <summary>When false the stream pauses (recvonly/inactive answer); the timestamp still advances to keep timing.</summary>
    public bool Sending { get; set; } = true;

    public void OnTick()
    {
        if (_continueFrom is { } position)
        {
            _continueFrom = null;
            (_sequence, _timestamp, _first) = (position.Sequence, position.Timestamp, true);
        }
        var payload = _packet.AsSpan(RtpPacket.HeaderLength);
        if (!Player.Fill(payload, Law) && _music is { } music)
        {
            if (!ReferenceEquals(music, _musicPlaying)) (_musicPlaying, _musicCursor) = (music, -1);
            music.Fill(payload, Law, ref _musicCursor);
        }
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
