namespace CallCenter.Voice.Acd;

/// <summary>This process's part in the ACD of its company (ADR 0600 D4).</summary>
public enum AcdRole
{
    /// <summary>No SIP node in this process (a web-only Host, unit tests): no election; the router serves the desk as is.</summary>
    Local,

    /// <summary>A SIP node waiting for the owner's lock: queue calls answer NoAgents, agents cannot log in here.</summary>
    Standby,

    /// <summary>The SIP node holding the owner's lock: routes the company's queue calls and serves the agents.</summary>
    Owner,
}
