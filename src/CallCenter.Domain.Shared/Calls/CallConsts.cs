namespace CallCenter.Calls;

public static class CallConsts
{
    public const int MaxNumberLength = 64;
    public const int MaxSipCallIdLength = 256;
    public const int MaxDigitsLength = 256;
    public const int MaxPromptKeyLength = 64;
    public const int MaxPromptNameLength = 128;
    public const int MaxPromptTextLength = 2000;
    public const int MaxInterruptionMessageLength = 1000;
    public const int MaxCommunities = 200;

    /// <summary>An uploaded prompt larger than this (about 5 minutes of 8 kHz audio at 16 bit) is refused.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;
}
