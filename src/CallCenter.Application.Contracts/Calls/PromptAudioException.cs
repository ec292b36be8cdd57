namespace CallCenter.Calls;

/// <summary>Audio the converter could not make or read; <see cref="Code"/> is one of VoiceErrorCodes.</summary>
public sealed class PromptAudioException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
