namespace CallCenter.Telephony.Media;

/// <summary>Takes a leg's received G.711 audio packet by packet (on that leg's receive loop; must not block for long).</summary>
public interface IRtpAudioSink
{
    void Add(uint ssrc, uint timestamp, ReadOnlySpan<byte> payload);
}
