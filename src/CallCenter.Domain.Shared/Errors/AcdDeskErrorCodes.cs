namespace CallCenter.Errors;

/// <summary>
/// Refusals of the agent desk and the call side of the ACD (`CallCenter:Acd:050`–`099`; 001–049 are the configuration's).
/// Messages in Acd.*.json.
/// </summary>
public static class AcdDeskErrorCodes
{
    /// <summary>The user has no extension: not an agent.</summary>
    public const string NotAnAgent = "CallCenter:Acd:050";

    /// <summary>The agent is not logged in to the ACD.</summary>
    public const string NotLoggedIn = "CallCenter:Acd:051";

    /// <summary>Not possible in the agent's current state (Ready while on a call, wrap-up action outside wrap-up…).</summary>
    public const string WrongState = "CallCenter:Acd:052";

    /// <summary>Wrap-up cannot end before the call's disposition (the contact form) was saved.</summary>
    public const string DispositionRequired = "CallCenter:Acd:053";

    /// <summary>A NotReady reason that is not configured.</summary>
    public const string UnknownReason = "CallCenter:Acd:054";

    /// <summary>The agent has no connected call for this action (hold, transfer, hang up).</summary>
    public const string NoCall = "CallCenter:Acd:055";

    /// <summary>The transfer target (agent, queue or number) is unknown or not reachable.</summary>
    public const string TransferTargetUnknown = "CallCenter:Acd:056";

    /// <summary>The action is not available on this node yet (e.g. consult transfer).</summary>
    public const string NotSupported = "CallCenter:Acd:057";

    /// <summary>A queue chosen at login is not one of the agent's (skill and level), or no queue was chosen.</summary>
    public const string NotAQueueMember = "CallCenter:Acd:070";

    /// <summary>This node is not the ACD owner (ADR 0600 D4): it routes no queue calls and keeps no agent desks.</summary>
    public const string NotTheOwner = "CallCenter:Acd:071";

    /// <summary>Transfer to an agent who is not Ready (or whose phone is not registered): the call stays with the agent.</summary>
    public const string TransferAgentNotReady = "CallCenter:Acd:060";

    /// <summary>Transfer to a queue that takes no callers now (nobody logged in and join-when-empty off).</summary>
    public const string TransferQueueUnavailable = "CallCenter:Acd:061";

    /// <summary>A consult transfer is up: complete or cancel it first.</summary>
    public const string ConsultInProgress = "CallCenter:Acd:062";

    /// <summary>No consult transfer to complete or cancel.</summary>
    public const string NoConsult = "CallCenter:Acd:063";

    /// <summary>The consulted agent or number has not answered yet: the transfer cannot be completed.</summary>
    public const string ConsultNotAnswered = "CallCenter:Acd:064";

    /// <summary>Transfer notes longer than 500 characters.</summary>
    public const string TransferNotesTooLong = "CallCenter:Acd:065";

    /// <summary>An agent cannot transfer a call to themselves.</summary>
    public const string TransferToSelf = "CallCenter:Acd:066";
}
