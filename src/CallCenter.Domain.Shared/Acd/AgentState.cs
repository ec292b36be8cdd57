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

    /// <summary>On a call with the caller held (hearing music); appended last because the state is stored by name and number.</summary>
    Hold,
}
