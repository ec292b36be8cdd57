using CallCenter.Repositories;

namespace CallCenter.Contacts;

/// <summary>
/// The disposition tree in memory (a few hundred rows at most) for paths like "报修/不热": read from the node-wide
/// <see cref="DispositionCatalogCache"/>, loaded from the database only when that is empty or stale. Read-only:
/// changes go through the repository and then <see cref="Invalidate"/>.
/// </summary>
public sealed class DispositionCatalog(IRepository<DispositionNode> nodes, IAsyncQueryExecuter query, DispositionCatalogCache cache)
{
    private IReadOnlyDictionary<Guid, DispositionNode>? _byId;

    public async Task<IReadOnlyDictionary<Guid, DispositionNode>> AllAsync(CancellationToken ct)
    {
        if (_byId is not null) return _byId;
        if (cache.TryGet() is { } cached) return _byId = cached;
        _byId = (await query.ToListAsync(nodes.Query(), ct)).ToDictionary(n => n.Id);
        cache.Set(_byId);
        return _byId;
    }

    public async Task<(string Code, string Path)> DescribeAsync(Guid id, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        return all.TryGetValue(id, out var node) ? (node.Code, PathOf(node, all)) : ("", "");
    }

    public static string PathOf(DispositionNode node, IReadOnlyDictionary<Guid, DispositionNode> all)
    {
        var names = new List<string>();
        for (var n = node; n is not null && names.Count < 10; n = n.ParentId is { } p ? all.GetValueOrDefault(p) : null) names.Insert(0, n.Name);
        return string.Join("/", names);
    }

    public void Invalidate()
    {
        _byId = null;
        cache.Clear();
    }
}
