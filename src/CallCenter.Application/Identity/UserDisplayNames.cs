using CallCenter.Repositories;

namespace CallCenter.Identity;

/// <summary>
/// People's names (周师傅, 张话务) for the user names and ids that records keep (tech1, agent), so history and audit
/// views show who acted the way colleagues know them. A removed user keeps showing as the stored user name.
/// </summary>
public sealed class UserDisplayNames(IRepository<AppUser> users, IAsyncQueryExecuter query)
{
    public async Task<IReadOnlyDictionary<string, string>> ByUserNameAsync(IEnumerable<string?> userNames, CancellationToken ct)
    {
        var names = userNames.Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct().ToList();
        if (names.Count == 0) return new Dictionary<string, string>();
        var rows = await query.ToListAsync(users.Query().Where(u => names.Contains(u.UserName!)).Select(u => new { u.UserName, u.DisplayName }), ct);
        return rows.Where(r => r.UserName is not null && r.DisplayName.Length > 0)
            .ToDictionary(r => r.UserName!, r => r.DisplayName, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> ByIdAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<Guid, string>();
        var rows = await query.ToListAsync(users.Query().Where(u => list.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }), ct);
        return rows.Where(r => r.DisplayName.Length > 0).ToDictionary(r => r.Id, r => r.DisplayName);
    }
}
