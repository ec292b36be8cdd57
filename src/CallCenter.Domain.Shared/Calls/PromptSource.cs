namespace CallCenter.Calls;

/// <summary>Where a prompt's audio came from: synthesized from its text, or a WAV someone uploaded.</summary>
public enum PromptSource
{
    Generated,
    Uploaded,
}
