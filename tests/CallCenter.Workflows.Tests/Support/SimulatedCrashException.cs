namespace CallCenter.Workflows.Support;

/// <summary>Derives from OperationCanceledException because that is what the interpreter lets escape (shutdown).</summary>
public sealed class SimulatedCrashException() : OperationCanceledException("simulated process crash");
