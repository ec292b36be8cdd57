namespace CallCenter.Acd;

public interface IAcdAgentAppService
{
    /// <summary>Every user who is an agent (has an extension), by extension.</summary>
    Task<IReadOnlyList<AcdAgentDto>> GetListAsync(CancellationToken ct = default);
    /// <summary>A user's agent profile; Extension null when the user is not an agent yet.</summary>
    Task<AcdAgentDto> GetAsync(Guid userId, CancellationToken ct = default);
    /// <summary>Makes the user an agent or changes their extension, skills and whether they take calls.</summary>
    Task<AcdAgentDto> UpdateAsync(Guid userId, UpdateAcdAgentDto input, CancellationToken ct = default);
    /// <summary>Generates a new SIP password, stores only its HA1s and returns it once.</summary>
    Task<SipPasswordDto> ResetSipPasswordAsync(Guid userId, CancellationToken ct = default);
}
