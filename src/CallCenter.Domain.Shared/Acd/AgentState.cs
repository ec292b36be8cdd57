namespace CallCenter.Acd;

/// <summary>An agent's routing state (ADR 0600). Only the router changes it, under its lock.</summary>
public enum AgentState
{
    LoggedOut,
    Ready,
    NotReady,

    /// <summary>Offered a call: the phone rings. Never offered a second one meanwhile.</summary>
    Reserved,
    OnCall,
    WrapUp,
}
