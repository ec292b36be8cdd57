using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>
/// The registrar's credential lookup: extension → HA1s. Null for an unknown extension, a disabled agent, an inactive
/// user or one without a password yet — the registrar answers all of them alike, revealing nothing. A web-login
/// lockout does not count: anyone could otherwise take an agent's phone off the air by failing their web login.
/// A singleton (the registrar is one); each lookup opens its own scope.
/// </summary>
public sealed class SipAccountReader(IServiceScopeFactory scopes) : ISipAccountReader
{
    public async Task<SipAccountHa1Dto?> FindAsync(string extension, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(extension) || extension.Length > AcdConsts.MaxExtensionLength) return null;
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var account = await sp.GetRequiredService<IAsyncQueryExecuter>().FirstOrDefaultAsync(
            from a in sp.GetRequiredService<IRepository<AgentProfile>>().Query()
            join u in sp.GetRequiredService<IRepository<AppUser>>().Query() on a.Id equals u.Id
            where a.Extension == extension && a.Enabled && a.SipMd5Ha1 != null && u.IsActive
            select new SipAccountHa1Dto(a.Id, a.Extension, a.SipRealm!, a.SipMd5Ha1, a.SipSha256Ha1), ct);
        return account;
    }
}
