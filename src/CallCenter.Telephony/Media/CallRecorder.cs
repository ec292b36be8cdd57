namespace CallCenter.Telephony.Media;

/// <summary>
/// Records one direction of a call by RTP timestamp, not by arrival order: each packet's samples land at
/// (timestamp − first timestamp), gaps stay silent and late packets fill their own slot. A new SSRC (the peer
/// switched sources) continues at the current end instead of jumping.
/// </summary>
public sealed class CallRecorder
{
    private readonly Lock _sync = new();
    private readonly G711Law _law;
    private readonly int _maxSamples;
    private short[] _samples = new short[8000 * 10];
    private int _length;
    private uint? _ssrc;
    private uint _baseTimestamp;

    public CallRecorder(G711Law law, TimeSpan maxDuration)
    {
        _law = law;
        _maxSamples = (int)Math.Min(int.MaxValue / 2, maxDuration.TotalSeconds * WavFile.SampleRate);
    }

    public TimeSpan Duration { get { lock (_sync) return TimeSpan.FromSeconds(_length / (double)WavFile.SampleRate); } }

    public void Add(uint ssrc, uint timestamp, ReadOnlySpan<byte> payload)
    {
        lock (_sync)
        {
            if (_ssrc != ssrc)
            {
                _baseTimestamp = timestamp - (uint)_length;
                _ssrc = ssrc;
            }
            var offset = timestamp - _baseTimestamp; // unsigned arithmetic handles wrap-around
            if (offset > int.MaxValue) return; // before the start: a straggler from before recording began
            var start = (int)offset;
            var end = (long)start + payload.Length;
            if (end > _maxSamples) return;
            EnsureCapacity((int)end);
            G711.Decode(_law, payload, _samples.AsSpan(start, payload.Length));
            if (end > _length) _length = (int)end;
        }
    }

    /// <summary>Pads with silence up to the given duration, e.g. the call's length when the caller's last packets were lost.</summary>
    public void ExtendTo(TimeSpan duration)
    {
        lock (_sync)
        {
            var target = (int)Math.Min(_maxSamples, duration.TotalSeconds * WavFile.SampleRate);
            if (target <= _length) return;
            EnsureCapacity(target);
            _length = target;
        }
    }

    public short[] ToPcm()
    {
        lock (_sync) return _samples[.._length];
    }

    public byte[] ToWav() => WavFile.ToPcmBytes(ToPcm());

    private void EnsureCapacity(int needed)
    {
        if (needed <= _samples.Length) return;
        Array.Resize(ref _samples, Math.Max(needed, _samples.Length * 2));
    }
}
