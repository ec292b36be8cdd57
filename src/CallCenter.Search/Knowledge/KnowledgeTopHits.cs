using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// What a search page needs from all matches, gathered as <see cref="KnowledgeMatcher"/> hands them over: the best
/// <c>size</c> documents by text score times the feedback factor (doc values, no stored fields), the total count, and
/// — only when asked — the matches per leaf category, counted per segment ordinal in an int array and turned into
/// ids once per segment.
/// </summary>
internal sealed class KnowledgeTopHits(int size, bool countCategories)
{
    // Worst kept hit on top: lower score first, and among equal scores the later document (Lucene's tie-break).
    private readonly PriorityQueue<ScoreDoc, ScoreDoc> _top = new(size + 1, Comparer<ScoreDoc>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));
    private readonly Dictionary<Guid, int> _categoryCounts = [];
    private KnowledgeSegmentValues? _values;
    private int[] _ordinalCounts = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushCategoryCounts();
        _docBase = context.DocBase;
        _values = KnowledgeSegmentValues.For(context.AtomicReader);
        if (countCategories) _ordinalCounts = new int[_values.Categories.Length];
    }

    /// <summary>A match of the current segment (segment-relative <paramref name="doc"/>, ascending) and its text score.</summary>
    public void Collect(int doc, float score)
    {
        TotalHits++;
        var values = _values!;
        if (countCategories && values.Ordinals[doc] is var ordinal and >= 0) _ordinalCounts[ordinal]++;
        if (size == 0) return;
        score *= values.Factors[doc];
        var global = _docBase + doc;
        if (_top.Count < size) _top.Enqueue(new ScoreDoc(global, score), new ScoreDoc(global, score));
        else
        {
            var worst = _top.Peek();
            if (score > worst.Score || score == worst.Score && global < worst.Doc)
                _top.DequeueEnqueue(new ScoreDoc(global, score), new ScoreDoc(global, score));
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public List<ScoreDoc> Hits()
    {
        var hits = _top.UnorderedItems.Select(i => i.Element).ToList();
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return hits;
    }

    public Dictionary<Guid, int> CategoryCounts()
    {
        FlushCategoryCounts();
        return _categoryCounts;
    }

    private void FlushCategoryCounts()
    {
        if (_values is null) return;
        for (var ordinal = 0; ordinal < _ordinalCounts.Length; ordinal++)
        {
            if (_ordinalCounts[ordinal] == 0) continue;
            var id = _values.Categories[ordinal];
            _categoryCounts[id] = _categoryCounts.GetValueOrDefault(id) + _ordinalCounts[ordinal];
        }
        _values = null;
        _ordinalCounts = [];
    }
}
