using CallCenter.Entities;

namespace CallCenter.Calls;

/// <summary>
/// A prompt the IVR can play, by key ("greeting", "menu-main"): its text and its audio as an 8 kHz mono 16-bit
/// WAV. Kept in the database so every SIP node plays the same audio without a shared disk.
/// </summary>
public sealed class VoicePrompt : Entity
{
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Text { get; private set; }
    public PromptSource Source { get; private set; }
    public int DurationMs { get; private set; }
    public byte[] Wav { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    private VoicePrompt() { }

    public VoicePrompt(string key, string name)
    {
        Key = key.Trim();
        Name = name.Trim();
    }

    public void Rename(string name) => Name = name.Trim();

    public void SetGenerated(string text, byte[] wav, int durationMs, DateTimeOffset at)
    {
        Text = text;
        Source = PromptSource.Generated;
        SetAudio(wav, durationMs, at);
    }

    public void SetUploaded(byte[] wav, int durationMs, DateTimeOffset at)
    {
        Source = PromptSource.Uploaded;
        SetAudio(wav, durationMs, at);
    }

    private void SetAudio(byte[] wav, int durationMs, DateTimeOffset at)
    {
        Wav = wav;
        DurationMs = durationMs;
        UpdatedAt = at;
    }
}
