using System.Buffers.Binary;

namespace CallCenter.Telephony.Media;

/// <summary>
/// Records both sides of a conversation into one stereo WAV (left: <see cref="Left"/>, right: <see cref="Right"/>),
/// streamed to a temporary file beside the target and moved into place by <see cref="Stop"/>: an hour-long call holds
/// two seconds of audio per channel in memory, never the whole call.
/// </summary>
/// <remarks>
/// Each channel is placed by its RTP timestamps, never by arrival order: a packet's samples land at its own offset,
/// reordered packets fill their own slots and lost ones stay silent. Both channels share one timeline that starts at
/// the wall-clock moment recording started: a source (SSRC) is anchored where its first packet arrived on that
/// timeline and then follows its timestamps; a source whose timestamps stray more than <see cref="ReanchorAfter"/>
/// from the wall clock (a phone that restarted its stream, a replayed capture) is anchored again. Audio older than
/// <see cref="Slack"/> behind the newest sample of either channel is written out and can no longer change: a packet
/// later than that is dropped (counted in <see cref="LatePackets"/>). Both legs' receive loops call in; one short lock
/// per packet, and the file write (buffered, about once a second) is the only I/O.
/// </remarks>
public sealed class ConversationRecorder : IDisposable
{
    private const int Window = WavFile.SampleRate * 2;   // samples kept in memory per channel
    private const int Slack = WavFile.SampleRate;        // how late a packet may be, relative to the newest audio
    private const int FrameBytes = 4;                    // 16-bit stereo
    private const int ReanchorSamples = WavFile.SampleRate * 3;
    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly long _startedAt;
    private readonly string _path;
    private readonly string _tempPath;
    private readonly FileStream _file;
    private readonly long _maxSamples;
    private readonly short[][] _ring = [new short[Window], new short[Window]];
    private readonly byte[] _chunk = new byte[4096 * FrameBytes];
    private long _committed;  // samples per channel already in the file
    private long _newest;     // end of the newest audio placed in either channel
    private long _latePackets;
    private bool _stopped;

    /// <param name="path">Where the WAV ends up (its folder is created); written to path + ".part" until stopped.</param>
    /// <param name="leftLaw">The law of the leg recorded left (the caller).</param>
    /// <param name="rightLaw">The law of the leg recorded right (the agent).</param>
    public ConversationRecorder(string path, G711Law leftLaw, G711Law rightLaw, TimeProvider time, TimeSpan? maxDuration = null)
    {
        _path = path;
        _tempPath = path + ".part";
        _time = time;
        _maxSamples = (long)((maxDuration ?? TimeSpan.FromHours(4)).TotalSeconds * WavFile.SampleRate);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        _file = new FileStream(_tempPath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        _file.Write(new byte[WavFile.HeaderLength]); // patched by Stop once the length is known
        _startedAt = time.GetTimestamp();
        StartedAt = time.GetUtcNow();
        Left = new Channel(this, 0, leftLaw);
        Right = new Channel(this, 1, rightLaw);
    }

    /// <summary>A source whose timestamps run this far from the wall clock is taken for a restarted stream.</summary>
    public static TimeSpan ReanchorAfter => TimeSpan.FromSeconds(ReanchorSamples / (double)WavFile.SampleRate);

    public DateTimeOffset StartedAt { get; }

    /// <summary>The caller's leg: set as that leg's <c>RtpSession.StereoChannel</c>.</summary>
    public IRtpAudioSink Left { get; }

    /// <summary>The agent's (target's) leg.</summary>
    public IRtpAudioSink Right { get; }

    /// <summary>Packets that came after their place had been written out (over a second late), or past the maximum length.</summary>
    public long LatePackets => Interlocked.Read(ref _latePackets);

    /// <summary>
    /// Writes what is left, pads with silence to <paramref name="endedAt"/> (the end of the conversation; now when null),
    /// completes the WAV header and moves the file to its path. Later packets are ignored.
    /// </summary>
    public ConversationRecording Stop(DateTimeOffset? endedAt = null)
    {
        lock (_sync)
        {
            if (_stopped) throw new InvalidOperationException("The recording was already stopped.");
            _stopped = true;
            var end = endedAt is { } at ? (long)((at - StartedAt).TotalSeconds * WavFile.SampleRate) : ElapsedSamples();
            end = Math.Min(_maxSamples, Math.Max(end, _newest));
            Flush(end);
            var dataLength = _committed * FrameBytes;
            Span<byte> header = stackalloc byte[WavFile.HeaderLength];
            WavFile.WriteHeader(header, channels: 2, (int)Math.Min(int.MaxValue - WavFile.HeaderLength, dataLength));
            _file.Position = 0;
            _file.Write(header);
            _file.Dispose();
            File.Move(_tempPath, _path, overwrite: true);
            return new ConversationRecording(_path, TimeSpan.FromSeconds(_committed / (double)WavFile.SampleRate), WavFile.HeaderLength + dataLength);
        }
    }

    private long ElapsedSamples() => (long)(_time.GetElapsedTime(_startedAt).TotalSeconds * WavFile.SampleRate);

    private void Add(Channel channel, uint ssrc, uint timestamp, ReadOnlySpan<byte> payload)
    {
        lock (_sync)
        {
            if (_stopped) return;
            var arrival = ElapsedSamples();
            long start;
            if (channel.Ssrc != ssrc || !channel.Anchored)
                start = Anchor(channel, ssrc, timestamp, arrival - payload.Length);
            else
            {
                start = channel.AnchorIndex + (int)(timestamp - channel.AnchorTimestamp); // signed: reordering and wrap-around
                if (Math.Abs(start + payload.Length - arrival) > ReanchorSamples) start = Anchor(channel, ssrc, timestamp, arrival - payload.Length);
                else if (start > channel.AnchorIndex) (channel.AnchorIndex, channel.AnchorTimestamp) = (start, timestamp); // keep the anchor near, for hour-long calls
            }
            var end = start + payload.Length;
            if (end <= _committed || end > _maxSamples)
            {
                Interlocked.Increment(ref _latePackets);
                return;
            }
            if (end > _committed + Window) Flush(end - Slack);
            if (end > _newest) _newest = end;
            // Decoded straight into the ring (one or two contiguous runs), skipping what is already written out.
            var from = Math.Max(start, _committed);
            var source = payload[(int)(from - start)..];
            var ring = _ring[channel.Index];
            var slot = (int)(from % Window);
            var first = Math.Min(source.Length, Window - slot);
            G711.Decode(channel.Law, source[..first], ring.AsSpan(slot, first));
            if (source.Length > first) G711.Decode(channel.Law, source[first..], ring.AsSpan(0, source.Length - first));
        }
    }

    private static long Anchor(Channel channel, uint ssrc, uint timestamp, long index)
    {
        index = Math.Max(0, index);
        (channel.Ssrc, channel.Anchored, channel.AnchorIndex, channel.AnchorTimestamp) = (ssrc, true, index, timestamp);
        return index;
    }

    /// <summary>Writes every frame before <paramref name="upTo"/> (interleaved left/right) and frees their slots.</summary>
    private void Flush(long upTo)
    {
        var index = _committed;
        while (index < upTo)
        {
            var slot = (int)(index % Window);
            var n = (int)Math.Min(upTo - index, Math.Min(Window - slot, _chunk.Length / FrameBytes));
            var left = _ring[0].AsSpan(slot, n);
            var right = _ring[1].AsSpan(slot, n);
            var bytes = _chunk.AsSpan(0, n * FrameBytes);
            for (var i = 0; i < n; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes[(i * FrameBytes)..], left[i]);
                BinaryPrimitives.WriteInt16LittleEndian(bytes[(i * FrameBytes + 2)..], right[i]);
            }
            left.Clear(); // the slots are reused for audio a window later
            right.Clear();
            _file.Write(bytes);
            index += n;
        }
        if (upTo > _committed) _committed = upTo;
    }

    /// <summary>Drops an unfinished recording (the call failed before Stop): the temporary file is deleted.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            if (_stopped) return;
            _stopped = true;
            _file.Dispose();
            File.Delete(_tempPath);
        }
    }

    private sealed class Channel(ConversationRecorder owner, int index, G711Law law) : IRtpAudioSink
    {
        public int Index { get; } = index;
        public G711Law Law { get; } = law;
        public uint Ssrc;
        public bool Anchored;
        public long AnchorIndex;
        public uint AnchorTimestamp;

        public void Add(uint ssrc, uint timestamp, ReadOnlySpan<byte> payload) => owner.Add(this, ssrc, timestamp, payload);
    }
}
