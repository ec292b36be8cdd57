namespace CallCenter.Errors;

/// <summary>Error codes of the knowledge base (`CallCenter:Knowledge:nnn`); messages under the same key in the localization JSON.</summary>
public static class KnowledgeErrorCodes
{
    public const string CodeTaken = "CallCenter:Knowledge:001";
    public const string CategoryUnknown = "CallCenter:Knowledge:002";
    public const string CategoryCodeTaken = "CallCenter:Knowledge:003";
    public const string InvalidTransition = "CallCenter:Knowledge:004";
    public const string ScheduleInPast = "CallCenter:Knowledge:005";
    public const string SynonymGroupTooSmall = "CallCenter:Knowledge:006";
    public const string NotPublished = "CallCenter:Knowledge:007";
    public const string ImageTooLarge = "CallCenter:Knowledge:008";
    public const string ImageNotSupported = "CallCenter:Knowledge:009";
    public const string ImageMissing = "CallCenter:Knowledge:010";
}
