using CallCenter.Entities;

namespace CallCenter.Calls;

/// <summary>A WAV (8 kHz, 16-bit mono) recorded on a call; kept apart from the call row so listing calls never loads audio.</summary>
public sealed class CallRecording : Entity
{
    public Guid CallRecordId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public int DurationMs { get; private set; }
    public byte[] Wav { get; private set; } = [];

    private CallRecording() { }

    public CallRecording(Guid callRecordId, string kind, DateTimeOffset startedAt, int durationMs, byte[] wav)
    {
        CallRecordId = callRecordId;
        Kind = kind;
        StartedAt = startedAt;
        DurationMs = durationMs;
        Wav = wav;
    }
}
