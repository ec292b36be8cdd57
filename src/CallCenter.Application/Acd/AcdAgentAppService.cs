using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.Extensions.Options;

namespace CallCenter.Acd;

/// <summary>
/// Agents' extensions, skills and SIP credentials (set by an administrator on the users page). The password is
/// generated here, returned once and only its HA1s stored (ADR 0600 D1). Every save tells the ACD to reload.
/// </summary>
public sealed class AcdAgentAppService(
    IRepository<AgentProfile> agents,
    IRepository<AppUser> users,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    IOptions<AcdSipOptions> sip,
    TimeProvider clock,
    AcdDirectoryNotifier notifier) : IAcdAgentAppService
{
    public async Task<IReadOnlyList<AcdAgentDto>> GetListAsync(CancellationToken ct = default)
    {
        var rows = await query.ToListAsync(
            from a in agents.Query()
            join u in users.Query() on a.Id equals u.Id
            orderby a.Extension
            select new { Agent = a, u.UserName, u.DisplayName }, ct);
        return rows.Select(r => ToDto(r.Agent.Id, r.UserName ?? "", r.DisplayName, r.Agent)).ToList();
    }

    public async Task<AcdAgentDto> GetAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await LoadUserAsync(userId, ct);
        var agent = await query.FirstOrDefaultAsync(agents.Query().Where(a => a.Id == userId), ct);
        return ToDto(user.Id, user.UserName ?? "", user.DisplayName, agent);
    }

    public async Task<AcdAgentDto> UpdateAsync(Guid userId, UpdateAcdAgentDto input, CancellationToken ct = default)
    {
        var user = await LoadUserAsync(userId, ct);
        var extension = input.Extension?.Trim() ?? "";
        if (extension.Length is < AcdConsts.MinExtensionLength or > AcdConsts.MaxExtensionLength || !extension.All(char.IsAsciiDigit))
            throw new BusinessException(AcdErrorCodes.ExtensionInvalid, "extension");
        var skills = ValidateSkills(input.Skills ?? []);
        if (await query.AnyAsync(agents.Query().Where(a => a.Extension == extension && a.Id != userId), ct))
            throw new BusinessException(AcdErrorCodes.ExtensionTaken, "extension", extension);

        var agent = await query.FirstOrDefaultAsync(agents.Query().Where(a => a.Id == userId), ct);
        if (agent is null) agents.Add(agent = new AgentProfile(userId, extension));
        agent.Configure(extension, skills, input.Enabled);
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
        return ToDto(user.Id, user.UserName ?? "", user.DisplayName, agent);
    }

    public async Task<SipPasswordDto> ResetSipPasswordAsync(Guid userId, CancellationToken ct = default)
    {
        await LoadUserAsync(userId, ct);
        var agent = await query.FirstOrDefaultAsync(agents.Query().Where(a => a.Id == userId), ct)
                    ?? throw new BusinessException(AcdErrorCodes.NotAnAgent, "extension");
        var realm = string.IsNullOrWhiteSpace(sip.Value.Realm) ? AcdConsts.DefaultSipRealm : sip.Value.Realm;
        var password = SipHa1.NewPassword();
        agent.SetSipCredentials(realm, SipHa1.Md5(agent.Extension, realm, password), SipHa1.Sha256(agent.Extension, realm, password),
            clock.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        notifier.Changed();
        return new SipPasswordDto(agent.Extension, realm, password);
    }

    private static List<AgentSkill> ValidateSkills(IReadOnlyList<AgentSkillDto> input)
    {
        if (input.Count > AcdConsts.MaxSkillsPerAgent)
            throw new BusinessException(AcdErrorCodes.SkillsTooMany, "skills", AcdConsts.MaxSkillsPerAgent);
        var skills = new List<AgentSkill>();
        for (var i = 0; i < input.Count; i++)
        {
            var name = input[i]?.Skill?.Trim() ?? "";
            if (name.Length is 0 or > AcdConsts.MaxSkillLength || skills.Any(s => s.Skill == name))
                throw new BusinessException(AcdErrorCodes.SkillInvalid, $"skills[{i}].skill");
            if (input[i].Level is < AcdConsts.MinSkillLevel or > AcdConsts.MaxSkillLevel)
                throw new BusinessException(AcdErrorCodes.SkillLevelOutOfRange, $"skills[{i}].level");
            skills.Add(new AgentSkill(name, input[i].Level));
        }
        return skills;
    }

    private async Task<AppUser> LoadUserAsync(Guid userId, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(users.Query().Where(u => u.Id == userId), ct) ?? throw new EntityNotFoundException("User", userId);

    private static AcdAgentDto ToDto(Guid userId, string userName, string displayName, AgentProfile? agent) => new(
        userId, userName, displayName, agent?.Extension,
        agent?.Skills.Select(s => new AgentSkillDto(s.Skill, s.Level)).ToList() ?? [],
        agent?.Enabled ?? false, agent?.SipMd5Ha1 is not null, agent?.SipPasswordSetAt);
}
