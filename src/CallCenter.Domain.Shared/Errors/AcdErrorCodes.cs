namespace CallCenter.Errors;

/// <summary>
/// Error codes of the ACD's configuration (`CallCenter:Acd:001`–`049`; 050–099 belong to calls and the desk); messages in
/// AcdConfig.*.json. Each names the offending field.
/// </summary>
public static class AcdErrorCodes
{
    public const string ExtensionInvalid = "CallCenter:Acd:001";
    public const string ExtensionTaken = "CallCenter:Acd:002";
    public const string SkillInvalid = "CallCenter:Acd:003";
    public const string SkillLevelOutOfRange = "CallCenter:Acd:004";
    public const string NotAnAgent = "CallCenter:Acd:005";
    public const string SkillsTooMany = "CallCenter:Acd:006";

    public const string QueueNameInvalid = "CallCenter:Acd:010";
    public const string QueueNameTaken = "CallCenter:Acd:011";
    public const string QueueSkillInvalid = "CallCenter:Acd:012";
    public const string QueueMinLevelOutOfRange = "CallCenter:Acd:013";
    public const string StrategyUnknown = "CallCenter:Acd:014";
    public const string TierInvalid = "CallCenter:Acd:015";
    public const string SecondsOutOfRange = "CallCenter:Acd:016";
    public const string OverflowKindUnknown = "CallCenter:Acd:017";
    public const string OverflowToItself = "CallCenter:Acd:018";
    public const string OverflowQueueUnknown = "CallCenter:Acd:019";
    public const string OverflowNumberInvalid = "CallCenter:Acd:020";
    public const string QueueIsOverflowTarget = "CallCenter:Acd:021";

    public const string ReasonsInvalid = "CallCenter:Acd:030";
    public const string SettingOutOfRange = "CallCenter:Acd:031";
}
