namespace CallCenter.Telephony.Media;

/// <summary>A WAV file that is not 8 kHz mono 16-bit PCM, A-law or µ-law, or is not a WAV file at all.</summary>
public sealed class WavFormatException(string message) : Exception(message);
