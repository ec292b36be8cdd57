using CallCenter.Repositories;

namespace CallCenter.Contacts;

/// <summary>The disposition tree in memory (a few hundred rows at most), loaded once per scope, for paths like "报修/不热".</summary>
public sealed class DispositionCatalog(IRepository<DispositionNode> nodes, IAsyncQueryExecuter query)
{
    private Dictionary<Guid, DispositionNode>? _byId;

    public async Task<IReadOnlyDictionary<Guid, DispositionNode>> AllAsync(CancellationToken ct)
    {
        _byId ??= (await query.ToListAsync(nodes.Query(), ct)).ToDictionary(n => n.Id);
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

    public void Invalidate() => _byId = null;
}
