namespace CallCenter.Workflows.Validation;

/// <summary>The malformed-definition classes the validator reports; stable, the designer keys messages on them.</summary>
public static class ValidationCodes
{
    public const string MissingDefinitionId = "MissingDefinitionId";
    public const string DuplicateActivityId = "DuplicateActivityId";
    public const string UnknownActivityType = "UnknownActivityType";
    public const string MissingRequiredInput = "MissingRequiredInput";
    public const string UnknownSyntax = "UnknownSyntax";
    public const string UnknownVariable = "UnknownVariable";
    public const string DanglingConnection = "DanglingConnection";
    public const string UnknownPort = "UnknownPort";
    public const string UnreachableActivity = "UnreachableActivity";
    public const string NoStart = "NoStart";

    /// <summary>A trigger that cannot be indexed, e.g. a Timer start without a literal, well-formed cron expression.</summary>
    public const string InvalidTrigger = "InvalidTrigger";
}
