using System.Collections.Concurrent;
using CallCenter.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Identity;

/// <summary>
/// Which permissions each role has. Every request checks permissions, so grants are cached per role and the
/// cache is dropped when an administrator changes them (single node; a second node sees changes within
/// <see cref="MaxAge"/>).
/// </summary>
public sealed class PermissionGrantStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DateTimeOffset LoadedAt, IReadOnlySet<string> Granted)> _cache = new();

    public async Task<IReadOnlySet<string>> GetGrantedAsync(IEnumerable<string> roles, CancellationToken ct = default)
    {
        var result = new HashSet<string>();
        foreach (var role in roles) result.UnionWith(await ForRoleAsync(role, ct));
        return result;
    }

    public async Task<bool> IsGrantedAsync(IEnumerable<string> roles, string permission, CancellationToken ct = default)
    {
        foreach (var role in roles)
            if ((await ForRoleAsync(role, ct)).Contains(permission)) return true;
        return false;
    }

    public void Invalidate(string role) => _cache.TryRemove(role, out _);

    private async Task<IReadOnlySet<string>> ForRoleAsync(string role, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(role, out var cached) && now - cached.LoadedAt < MaxAge) return cached.Granted;
        using var scope = scopes.CreateScope();
        var grants = scope.ServiceProvider.GetRequiredService<IRepository<PermissionGrant>>();
        var query = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
        var set = (await query.ToListAsync(grants.Query().Where(g => g.RoleName == role).Select(g => g.PermissionName), ct)).ToHashSet();
        _cache[role] = (now, set);
        return set;
    }
}
