namespace CallCenter.Workflows.Execution;

/// <summary>
/// An optimistic run (<see cref="RunOptions.SideEffectFreeOnly"/>) reached something it may not do without a lease: an
/// activity with side effects, or a checkpoint. Nothing was done or written; the runtime runs the resume again, leased.
/// </summary>
public sealed class SpeculationAbortedException(string reason) : Exception($"Optimistic run abandoned: {reason}.");
