namespace CallCenter.Acd;

public sealed record AgentSkillDto(string Skill, int Level);

/// <summary>
/// A user's agent profile as the users page shows it. <see cref="Extension"/> is null for a user who is not an agent.
/// Never carries a password or an HA1: only whether and when one was set.
/// </summary>
public sealed record AcdAgentDto(
    Guid UserId,
    string UserName,
    string DisplayName,
    string? Extension,
    IReadOnlyList<AgentSkillDto> Skills,
    bool Enabled,
    bool HasSipPassword,
    DateTimeOffset? SipPasswordSetAt);

public sealed record UpdateAcdAgentDto
{
    /// <summary>3–8 digits, unique; the SIP user name the agent's phone registers with.</summary>
    public string Extension { get; init; } = "";
    public IReadOnlyList<AgentSkillDto> Skills { get; init; } = [];
    /// <summary>False: the phone cannot register and the ACD offers no calls, the profile stays.</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>A freshly generated SIP password, returned once: only its HA1s are stored.</summary>
public sealed record SipPasswordDto(string Extension, string Realm, string Password);
