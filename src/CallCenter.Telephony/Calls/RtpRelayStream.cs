using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// One direction of a bridge: packets received on one leg re-stamped into the other leg's outgoing stream. The
/// output keeps that leg's SSRC and continues its sequence numbers and timestamps from where its prompt/silence
/// stream stopped, so each phone sees one continuous stream from us. Each incoming SSRC (audio and the DTMF events
/// some phones send from another SSRC) gets its own timestamp offset, anchored on the output's position when the
/// source first appears, and re-anchored when a newer packet's timestamp runs backwards or leaps (a new source behind
/// the same SSRC, e.g. a replayed capture); reordered packets keep their place. Sequence
/// numbers are our own counter (one per packet sent). PCMU↔PCMA is transcoded sample by sample when the legs chose
/// different laws; telephone-event payload types are renumbered to the output leg's; events the output leg did not
/// negotiate are dropped. Runs on the input leg's receive loop; a hold pauses it (<see cref="Pause"/>) and the leg's own sender takes over the stream.
/// </summary>
internal sealed class RtpRelayStream
{
    /// <summary>A decoded sample above this peak marks a packet as speech rather than silence/comfort noise.</summary>
    private const int NonSilentPeak = 1000;

    private readonly RtpSession _output;
    private readonly TimeProvider _time;
    private readonly uint _ssrc;
    private readonly byte _audioPayloadType;
    private readonly byte? _eventPayloadType;
    private readonly int _inAudioPayloadType;
    private readonly int? _inEventPayloadType;
    private readonly G711Law _inLaw;
    private readonly byte[]? _transcode;
    private readonly byte[] _buffer = new byte[RtpPacket.HeaderLength + 1500];
    private readonly Dictionary<uint, Source> _sources = [];
    // Forward runs on the input leg's receive loop; Pause/Resume (hold) come from another thread. Uncontended but for
    // those rare moments, and never taken on the media clock thread.
    private readonly Lock _sync = new();
    private bool _paused;
    private ushort _sequence;
    private uint _lastAudioTimestamp;
    private long _lastAudioSentAt;
    private long _forwarded;
    private long _nonSilent;
    private long _dropped;

    public RtpRelayStream(RtpSession output, RtpSender outputSender, SdpAnswer outputMedia, SdpAnswer inputMedia, TimeProvider time)
    {
        _output = output;
        _time = time;
        _ssrc = outputSender.Ssrc;
        // One step past the muted sender's line: a tick racing the mute can at worst leave a one-packet gap, never a duplicate.
        _sequence = (ushort)(outputSender.NextSequenceNumber + 1);
        _lastAudioTimestamp = outputSender.NextTimestamp;
        _lastAudioSentAt = time.GetTimestamp();
        _audioPayloadType = (byte)outputMedia.AudioPayloadType;
        _eventPayloadType = outputMedia.TelephoneEventPayloadType is { } te ? (byte)te : null;
        _inAudioPayloadType = inputMedia.AudioPayloadType;
        _inEventPayloadType = inputMedia.TelephoneEventPayloadType;
        _inLaw = inputMedia.Law;
        _transcode = inputMedia.Law == outputMedia.Law ? null : G711Transcoder.Table(inputMedia.Law, outputMedia.Law);
    }

    public long Forwarded => Interlocked.Read(ref _forwarded);

    /// <summary>Audio packets whose decoded peak was above the silence threshold.</summary>
    public long NonSilent => Interlocked.Read(ref _nonSilent);

    public long Dropped => Interlocked.Read(ref _dropped);

    public bool Transcoding => _transcode is not null;

    public void Forward(RtpPacket packet)
    {
        lock (_sync)
        {
            if (!_paused) ForwardLocked(packet);
        }
    }

    /// <summary>
    /// Stops relaying (hold) and returns where the output stream continues now — the next sequence number and the
    /// timestamp of this moment — for the leg's own sender to carry on from (<see cref="RtpSender.ContinueFrom"/>).
    /// </summary>
    public (ushort Sequence, uint Timestamp) Pause()
    {
        lock (_sync)
        {
            _paused = true;
            return (_sequence, Anchor(0));
        }
    }

    /// <summary>Relays again after <see cref="Pause"/>, continuing the leg's sender (muted by the caller) like the bridge's start.</summary>
    public void Resume(RtpSender outputSender)
    {
        lock (_sync)
        {
            _sequence = (ushort)(outputSender.NextSequenceNumber + 1);
            _lastAudioTimestamp = outputSender.NextTimestamp;
            _lastAudioSentAt = _time.GetTimestamp();
            _sources.Clear(); // every source is anchored afresh (and marked) on its next packet
            _paused = false;
        }
    }

    private void ForwardLocked(RtpPacket packet)
    {
        var isEvent = packet.PayloadType == _inEventPayloadType;
        if (!isEvent && packet.PayloadType != _inAudioPayloadType) return;
        if ((isEvent && _eventPayloadType is null) || packet.Payload.Length > _buffer.Length - RtpPacket.HeaderLength)
        {
            Interlocked.Increment(ref _dropped);
            return;
        }
        var marker = packet.Marker;
        if (!_sources.TryGetValue(packet.Ssrc, out var source))
        {
            if (_sources.Count >= 8) _sources.Clear(); // a peer cycling SSRCs must not grow this forever
            source = new Source { Offset = Anchor(packet.Timestamp), LastSequence = packet.SequenceNumber, LastTimestamp = packet.Timestamp };
            _sources[packet.Ssrc] = source;
            marker = true;
        }
        else if ((short)(packet.SequenceNumber - source.LastSequence) > 0)
        {
            // A newer packet whose timestamp runs backwards (or leaps over ten seconds) is a restarted source — a replayed
            // capture repeats its timestamps — not reordering (a late packet is older by sequence number too).
            var step = (int)(packet.Timestamp - source.LastTimestamp);
            if (step is < 0 or > 80000)
            {
                source.Offset = Anchor(packet.Timestamp);
                marker = true;
            }
            source.LastSequence = packet.SequenceNumber;
            source.LastTimestamp = packet.Timestamp;
        }
        var timestamp = packet.Timestamp + source.Offset;
        var payload = packet.Payload.Span;
        var header = new RtpPacket(isEvent ? _eventPayloadType!.Value : _audioPayloadType, marker, _sequence++, timestamp, _ssrc, ReadOnlyMemory<byte>.Empty);
        header.WriteTo(_buffer);
        var body = _buffer.AsSpan(RtpPacket.HeaderLength, payload.Length);
        if (!isEvent && _transcode is { } table)
            for (var i = 0; i < payload.Length; i++) body[i] = table[payload[i]];
        else
            payload.CopyTo(body);
        if (!isEvent)
        {
            _lastAudioTimestamp = timestamp + (uint)payload.Length;
            _lastAudioSentAt = _time.GetTimestamp();
            if (Peak(payload) > NonSilentPeak) Interlocked.Increment(ref _nonSilent);
        }
        _output.SendRelayed(_buffer, RtpPacket.HeaderLength + payload.Length);
        Interlocked.Increment(ref _forwarded);
    }

    /// <summary>One incoming SSRC: its timestamp offset into the output and its newest packet.</summary>
    private sealed class Source
    {
        public uint Offset;
        public ushort LastSequence;
        public uint LastTimestamp;
    }

    /// <summary>Offset that places <paramref name="incoming"/> where the output stream is now (last audio + elapsed time).</summary>
    private uint Anchor(uint incoming)
    {
        var elapsed = (uint)Math.Min(_time.GetElapsedTime(_lastAudioSentAt).TotalMilliseconds * 8, 8000 * 60);
        return _lastAudioTimestamp + elapsed - incoming;
    }

    private int Peak(ReadOnlySpan<byte> payload)
    {
        var peak = 0;
        foreach (var b in payload)
        {
            var sample = Math.Abs((int)G711.Decode(_inLaw, b));
            if (sample > peak) peak = sample;
        }
        return peak;
    }
}
