namespace CallCenter.Errors;

/// <summary>Error codes of calls, prompts and heating interruptions (`CallCenter:Voice:nnn`); messages in Voice.*.json.</summary>
public static class VoiceErrorCodes
{
    public const string PromptKeyTaken = "CallCenter:Voice:001";
    public const string PromptAudioInvalid = "CallCenter:Voice:002";
    public const string PromptSynthesisFailed = "CallCenter:Voice:003";
    public const string InterruptionEnded = "CallCenter:Voice:004";
    public const string RestorationBeforeStart = "CallCenter:Voice:005";
    public const string UnknownStation = "CallCenter:Voice:006";
    public const string PromptTooLarge = "CallCenter:Voice:007";
}
