namespace CallCenter.Telephony.Media;

/// <summary>
/// Our own hold music, computed rather than recorded (no copyrighted audio, nothing to ship): a slow I–vi–IV–V
/// progression in C (C, Am, F, G), two seconds a chord, soft sine voices with a bass note, each chord faded in and out
/// so the loop has no click. Replace it with any prompt from the library (<see cref="MusicOnHold"/> takes any Prompt).
/// </summary>
public static class HoldMusic
{
    private static readonly double[][] Chords =
    [
        [130.81, 261.63, 329.63, 392.00], // C
        [110.00, 220.00, 261.63, 329.63], // Am
        [87.31, 174.61, 220.00, 261.63],  // F
        [98.00, 196.00, 246.94, 293.66],  // G
    ];

    public static Prompt Create(double secondsPerChord = 2.0, short peak = 7000)
    {
        var chordSamples = (int)(secondsPerChord * WavFile.SampleRate);
        var samples = new short[chordSamples * Chords.Length];
        var attack = WavFile.SampleRate / 20;       // 50 ms
        var release = WavFile.SampleRate * 3 / 10;  // 300 ms
        for (var c = 0; c < Chords.Length; c++)
        {
            var notes = Chords[c];
            for (var i = 0; i < chordSamples; i++)
            {
                var envelope = Math.Min(1.0, Math.Min(i / (double)attack, (chordSamples - i) / (double)release));
                var t = i / (double)WavFile.SampleRate;
                var sum = 0.0;
                for (var n = 0; n < notes.Length; n++)
                {
                    var voice = Math.Sin(2 * Math.PI * notes[n] * t) + 0.25 * Math.Sin(4 * Math.PI * notes[n] * t); // a little warmth
                    sum += (n == 0 ? 0.8 : 0.5) * voice;
                }
                samples[c * chordSamples + i] = (short)(peak * envelope * sum / 3.0);
            }
        }
        return new Prompt("hold-music", samples);
    }
}
