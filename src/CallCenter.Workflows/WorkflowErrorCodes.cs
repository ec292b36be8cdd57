namespace CallCenter.Workflows;

/// <summary>Stable error codes of the workflow API ("CallCenter:Workflows:nnn"); clients key on them, never on messages.</summary>
public static class WorkflowErrorCodes
{
    public const string Prefix = "CallCenter:Workflows:";
    public const string ValidationFailed = Prefix + "001";
    public const string DefinitionNotFound = Prefix + "002";
    public const string InstanceNotFound = Prefix + "003";
    public const string InstanceBusy = Prefix + "004";
    public const string NoHttpEndpoint = Prefix + "005";
    public const string EndpointForbidden = Prefix + "006";
    public const string MalformedJson = Prefix + "007";
    public const string InstanceNotFaulted = Prefix + "008";
    public const string AuthenticationRequired = Prefix + "009";
    public const string InvalidInput = Prefix + "010";
}
