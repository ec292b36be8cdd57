namespace CallCenter.Workflows.Runtime;

/// <summary>
/// The stored stimulus id, and the instance leased for it in the same transaction, if one was free and waiting — or, when
/// the caller allowed it and the waiting bookmark resumes without side effects, that instance read but NOT leased and the
/// stimulus NOT stored (<see cref="Unleased"/>, <see cref="StimulusId"/> 0): the caller runs it optimistically (ADR 0200 D11).
/// </summary>
public sealed record EnqueuedStimulus(long StimulusId, LeasedInstance? Leased)
{
    public LeasedInstance? Unleased { get; init; }
}
