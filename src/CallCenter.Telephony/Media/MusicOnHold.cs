using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Media;

/// <summary>
/// One shared music-on-hold stream for any number of calls (one per node is enough): the music is encoded to both
/// G.711 laws once (<see cref="Prompt"/>), and the media clock advances one shared play position every 20 ms, looping.
/// A listener is a call's <see cref="RtpSender"/> with <see cref="RtpSender.Music"/> set: on its own tick it copies the
/// current frame into its own packet — its own SSRC, sequence numbers and timestamps, so the phone sees one continuous
/// stream when the source changes prompt → music → bridge. Fifty listeners cost one position step per 20 ms plus a
/// 160-byte copy each; nothing is decoded or encoded per listener or per tick.
/// </summary>
/// <remarks>
/// A listener keeps its own cursor into the loop, started at the shared position and advanced by its packet size, so
/// a 30 ms phone hears the music without skips or repeats; it re-joins the shared position when it drifts more than
/// two frames away (e.g. after being paused). No lock: the position is one int written by the clock thread.
/// </remarks>
public sealed class MusicOnHold : IMediaClockClient, IDisposable
{
    private const int FrameSamples = WavFile.SampleRate / 50; // 20 ms
    private readonly MediaClock? _clock;
    private int _position;
    private long _ticks;

    /// <summary>Creates the source and, with a <paramref name="clock"/>, starts it (tests may call <see cref="OnTick"/> themselves).</summary>
    public MusicOnHold(Prompt music, MediaClock? clock = null)
    {
        if (music.SampleCount < FrameSamples * 2) throw new ArgumentException("Music on hold must last at least 40 ms.", nameof(music));
        Music = music;
        _clock = clock;
        clock?.Register(this);
    }

    public Prompt Music { get; }

    /// <summary>The shared play position (sample offset into the loop).</summary>
    public int Position => Volatile.Read(ref _position);

    /// <summary>Clock ticks so far: one per 20 ms however many calls listen.</summary>
    public long Ticks => Interlocked.Read(ref _ticks);

    public TimeSpan Interval => TimeSpan.FromMilliseconds(20);

    public void OnTick()
    {
        var next = _position + FrameSamples;
        Volatile.Write(ref _position, next >= Music.SampleCount ? next - Music.SampleCount : next);
        Interlocked.Increment(ref _ticks);
    }

    /// <summary>
    /// Fills one packet from the loop (listener's clock tick). <paramref name="cursor"/> is the listener's own position,
    /// −1 to start at the shared one. Allocates nothing.
    /// </summary>
    public void Fill(Span<byte> payload, G711Law law, ref int cursor)
    {
        var length = Music.SampleCount;
        var shared = Volatile.Read(ref _position);
        if (cursor < 0 || cursor >= length) cursor = shared;
        else
        {
            var drift = Math.Abs(cursor - shared);
            if (Math.Min(drift, length - drift) > 2 * Math.Max(FrameSamples, payload.Length)) cursor = shared;
        }
        var encoded = Music.Encoded(law).Span;
        var filled = 0;
        while (filled < payload.Length)
        {
            var n = Math.Min(payload.Length - filled, length - cursor);
            encoded.Slice(cursor, n).CopyTo(payload[filled..]);
            filled += n;
            cursor += n;
            if (cursor >= length) cursor = 0;
        }
    }

    public void Dispose() => _clock?.Unregister(this);
}
