namespace CallCenter.Knowledge;

/// <summary>
/// The editors' synonym groups, applied to the query: each group member found in the query text adds the query
/// re-written with every other member. Immutable, swapped whole, so a search never sees half an edit.
/// </summary>
public sealed class SynonymTable
{
    public static SynonymTable Empty { get; } = new([]);

    private readonly IReadOnlyList<string[]> _groups;

    public SynonymTable(IEnumerable<IEnumerable<string>> groups)
    {
        _groups = groups
            .Select(g => g.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToArray())
            .Where(g => g.Length > 1)
            .ToList();
        _longer = _groups.SelectMany(g => g).Where(t => t.Length > 1).Distinct().OrderByDescending(t => t.Length).ToArray();
        _toFirst = _groups.SelectMany(g => g.Skip(1).Select(m => (m, g[0]))).OrderByDescending(p => p.m.Length).ToArray();
    }

    private readonly string[] _longer;
    private readonly (string Member, string First)[] _toFirst;

    /// <summary>
    /// A found member is re-written into at most this many others, the group's first ones. Editors list the articles'
    /// own words first and callers' ways of saying them after (冷, 不热乎, 温乎 …): those are worth finding, not worth
    /// searching for — no article says "不太热", but its bigram "太热" would pull in the article on rooms too hot. The
    /// cap also stops one long group from using up every re-writing before the next group is reached.
    /// </summary>
    public const int TargetsPerGroup = 5;

    public int Count => _groups.Count;

    /// <summary>The query re-written with synonyms (the original not included), at most <paramref name="max"/> of them.</summary>
    public IReadOnlyList<string> Variants(string query, int max = 24)
    {
        var lower = query.ToLowerInvariant();
        var variants = new List<string>();
        // First, every word at once in its group's first member — the articles' words ("地热放风" → "地暖排气"), whose
        // bigrams across the two words ("暖排") only a query re-written whole can have.
        var canonical = Canonical(lower);
        if (canonical != lower) variants.Add(canonical);
        foreach (var group in _groups)
        {
            // Longest member first so "暖气片" is replaced before "暖气" inside it.
            foreach (var term in group.OrderByDescending(t => t.Length))
            {
                if (!OccursAsItself(lower, term)) continue;
                foreach (var other in group.Where(o => o != term).Take(TargetsPerGroup))
                {
                    variants.Add(lower.Replace(term, other, StringComparison.Ordinal));
                    if (variants.Count >= max) return variants;
                }
                break;
            }
        }
        return variants;
    }

    private string Canonical(string text)
    {
        var result = text;
        foreach (var (member, first) in _toFirst)
        {
            if (OccursAsItself(result, member)) result = result.Replace(member, first, StringComparison.Ordinal);
        }
        return result;
    }

    /// <summary>
    /// Whether <paramref name="term"/> occurs other than inside a longer member of any group: "暖气" inside
    /// "暖气片" is part of another word, and re-writing it ("供暖片", "采暖片" …) only adds bigrams no article has
    /// while using up the re-writings the query's other words need.
    /// </summary>
    private bool OccursAsItself(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (!_longer.Any(m => m.Length > term.Length && Covers(text, m, at, term.Length))) return true;
        }
        return false;
    }

    private static bool Covers(string text, string member, int at, int length)
    {
        for (var start = Math.Max(0, at + length - member.Length); start <= at; start++)
        {
            if (start + member.Length <= text.Length && string.CompareOrdinal(text, start, member, 0, member.Length) == 0) return true;
        }
        return false;
    }
}
