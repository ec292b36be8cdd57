namespace CallCenter.Acd;

/// <summary>Limits of the ACD's configuration (ADR 0600): column lengths and the ranges the API accepts.</summary>
public static class AcdConsts
{
    public const int MinExtensionLength = 3;
    public const int MaxExtensionLength = 8;
    public const int MaxSkillLength = 32;
    public const int MaxSkillsPerAgent = 32;
    public const int MinSkillLevel = 1;
    public const int MaxSkillLevel = 10;
    public const int MaxQueueNameLength = 64;
    public const int MaxOverflowTargetLength = 64;
    public const int MaxTiers = 10;
    public const int MaxReasonLength = 16;
    public const int MaxReasons = 20;

    /// <summary>The digest realm when configuration <c>Voice:Sip:Realm</c> names none (the registrar uses the same default).</summary>
    public const string DefaultSipRealm = "callcenter";

    /// <summary>Length of a generated SIP password: ~95 bits from a 62-character alphabet, typeable on a phone's keypad menu.</summary>
    public const int GeneratedPasswordLength = 16;

    public const int DefaultRingTimeoutSeconds = 15;
    public const int DefaultWrapUpSeconds = 30;
    public const int DefaultRecoveryPauseSeconds = 60;
    public const int DefaultMissesBeforeNotReady = 3;

    public static readonly IReadOnlyList<string> DefaultNotReadyReasons = ["小休", "用餐", "培训", "会议"];
}
