namespace CallCenter.Calls;

public sealed record VoicePromptDto(Guid Id, string Key, string Name, string? Text, PromptSource Source, int DurationMs, DateTimeOffset UpdatedAt);

/// <summary>Creates the prompt if the key is new, else replaces its text and audio.</summary>
public sealed record GeneratePromptDto(string Key, string Name, string Text);

public sealed record PromptAudio(string Key, byte[] Wav, DateTimeOffset UpdatedAt);
