namespace CallCenter.Calls;

public interface IVoicePromptAppService
{
    Task<IReadOnlyList<VoicePromptDto>> GetListAsync(CancellationToken ct = default);
    Task<VoicePromptDto> GenerateAsync(GeneratePromptDto input, CancellationToken ct = default);
    Task<VoicePromptDto> UploadAsync(string key, string name, byte[] audio, CancellationToken ct = default);
    Task<PromptAudio?> GetAudioAsync(string key, CancellationToken ct = default);
    Task<PromptAudio> GetAudioAsync(Guid id, CancellationToken ct = default);

    /// <summary>Generates the given prompts whose key does not exist yet (start-up seeding); returns how many were made.</summary>
    Task<int> EnsureGeneratedAsync(IReadOnlyList<GeneratePromptDto> prompts, CancellationToken ct = default);
}
