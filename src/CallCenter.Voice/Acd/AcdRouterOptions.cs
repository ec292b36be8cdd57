namespace CallCenter.Voice.Acd;

public sealed record AcdRouterOptions
{
    /// <summary>Missed rings in a row after which the agent is set NotReady with <see cref="MissedCallsReason"/>.</summary>
    public int MissesBeforeNotReady { get; init; } = 3;

    public string MissedCallsReason { get; init; } = "未接";
}
