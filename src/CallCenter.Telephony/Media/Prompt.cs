namespace CallCenter.Telephony.Media;

/// <summary>
/// Audio to play, encoded to both G.711 laws once at load: a thousand callers hearing the greeting cost no
/// encoding work on the media clock thread.
/// </summary>
public sealed class Prompt
{
    private readonly byte[] _muLaw;
    private readonly byte[] _aLaw;

    public Prompt(string name, ReadOnlySpan<short> pcm)
    {
        Name = name;
        _muLaw = new byte[pcm.Length];
        _aLaw = new byte[pcm.Length];
        G711.Encode(G711Law.MuLaw, pcm, _muLaw);
        G711.Encode(G711Law.ALaw, pcm, _aLaw);
    }

    public string Name { get; }

    public int SampleCount => _muLaw.Length;

    public TimeSpan Duration => TimeSpan.FromSeconds(SampleCount / (double)WavFile.SampleRate);

    public ReadOnlyMemory<byte> Encoded(G711Law law) => law == G711Law.MuLaw ? _muLaw : _aLaw;

    /// <summary>Loads and validates a WAV file (throws <see cref="WavFormatException"/>).</summary>
    public static Prompt FromWav(string path) => new(Path.GetFileNameWithoutExtension(path), WavFile.ReadPcm(path));

    public static Prompt Silence(TimeSpan duration) =>
        new("silence", new short[(int)(duration.TotalSeconds * WavFile.SampleRate)]);

    /// <summary>A sine tone, handy for tests and for a "beep" before recording.</summary>
    public static Prompt Tone(string name, double frequencyHz, TimeSpan duration, short amplitude = 8000)
    {
        var samples = new short[(int)(duration.TotalSeconds * WavFile.SampleRate)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (short)(amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / WavFile.SampleRate));
        return new Prompt(name, samples);
    }
}
