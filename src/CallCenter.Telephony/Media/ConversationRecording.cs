namespace CallCenter.Telephony.Media;

/// <summary>A finished conversation recording: an 8 kHz 16-bit stereo WAV (caller left, agent right) and its length.</summary>
public sealed record ConversationRecording(string Path, TimeSpan Duration, long Bytes);
