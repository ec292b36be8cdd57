namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Where a stimulus went: the instance that consumed it, or none yet (it waits in the inbox). The id is that of its inbox
/// row, null when it never needed one (it resumed a side-effect-free bookmark at once and optimistically, ADR 0200 D11).
/// </summary>
public sealed record StimulusOutcome(long? StimulusId, RunOutcome? ConsumedBy);
