using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>
/// The ACD's configuration in one read (ADR 0600 D1). A singleton for the ACD owner: each load opens its own scope,
/// so it never shares a DbContext with a request. Agents are the enabled profiles of active users.
/// </summary>
public sealed class AcdDirectoryReader(IServiceScopeFactory scopes) : IAcdDirectoryReader
{
    public async Task<AcdDirectoryDto> LoadAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var query = sp.GetRequiredService<IAsyncQueryExecuter>();
        var queues = await query.ToListAsync(sp.GetRequiredService<IRepository<QueueDefinition>>().Query().OrderBy(q => q.Name), ct);
        var agents = await query.ToListAsync(
            from a in sp.GetRequiredService<IRepository<AgentProfile>>().Query()
            join u in sp.GetRequiredService<IRepository<AppUser>>().Query() on a.Id equals u.Id
            where a.Enabled && u.IsActive
            orderby a.Extension
            select new { Agent = a, u.DisplayName }, ct);
        var settings = await query.FirstOrDefaultAsync(sp.GetRequiredService<IRepository<AcdSettings>>().Query(), ct) ?? new AcdSettings();
        return new AcdDirectoryDto(
            queues.Select(q => q.ToDto()).ToList(),
            agents.Select(a => new AcdAgentDefinitionDto(a.Agent.Id, a.DisplayName, a.Agent.Extension,
                a.Agent.Skills.ToDictionary(s => s.Skill, s => s.Level))).ToList(),
            settings.NotReadyReasons, settings.RecoveryPauseSeconds, settings.MissesBeforeNotReady);
    }
}
