namespace CallCenter.Knowledge;

/// <summary>
/// The editors' synonym groups, applied to the query: each group member found in the query text adds the query
/// re-written with every other member. Immutable, swapped whole, so a search never sees half an edit.
/// </summary>
public sealed class SynonymTable
{
    public static SynonymTable Empty { get; } = new([]);

    private readonly IReadOnlyList<string[]> _groups;

    public SynonymTable(IEnumerable<IEnumerable<string>> groups) =>
        _groups = groups
            .Select(g => g.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToArray())
            .Where(g => g.Length > 1)
            .ToList();

    public int Count => _groups.Count;

    /// <summary>The query re-written with synonyms (the original not included), at most <paramref name="max"/> of them.</summary>
    public IReadOnlyList<string> Variants(string query, int max = 24)
    {
        var lower = query.ToLowerInvariant();
        var variants = new List<string>();
        foreach (var group in _groups)
        {
            // Longest member first so "暖气片" is replaced before "暖气" inside it.
            foreach (var term in group.OrderByDescending(t => t.Length))
            {
                if (!lower.Contains(term, StringComparison.Ordinal)) continue;
                foreach (var other in group.Where(o => o != term))
                {
                    variants.Add(lower.Replace(term, other, StringComparison.Ordinal));
                    if (variants.Count >= max) return variants;
                }
                break;
            }
        }
        return variants;
    }
}
