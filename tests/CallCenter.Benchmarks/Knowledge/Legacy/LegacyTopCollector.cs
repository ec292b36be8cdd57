using CallCenter.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CallCenter.Benchmarks.Knowledge.Legacy;

/// <summary>
/// The one-pass collector of the previous query path (commit d0312fe), kept for the benchmark.
/// One pass over Lucene's matches does all a search page needs: the best <c>size</c> documents by text score times the
/// feedback factor (doc values, no stored fields), the total count, and — only when asked — the matches per leaf
/// category, counted per segment ordinal in an int array and turned into ids once per segment. It replaces a
/// CustomScoreQuery, a 1,000-deep TopDocs and a second walk over them for facets.
/// </summary>
internal sealed class LegacyTopCollector(int size, bool countCategories) : ICollector
{
    // Worst kept hit on top: lower score first, and among equal scores the later document (Lucene's tie-break).
    private readonly PriorityQueue<ScoreDoc, ScoreDoc> _top = new(size + 1, Comparer<ScoreDoc>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));
    private readonly Dictionary<Guid, int> _categoryCounts = [];
    private Scorer? _scorer;
    private NumericDocValues? _feedback;
    private SortedDocValues? _categories;
    private int[] _ordinalCounts = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushCategoryCounts();
        _docBase = context.DocBase;
        _feedback = context.AtomicReader.GetNumericDocValues(KnowledgeFields.Feedback);
        if (!countCategories) return;
        _categories = context.AtomicReader.GetSortedDocValues(KnowledgeFields.LeafCategory);
        _ordinalCounts = _categories is null ? [] : new int[_categories.ValueCount];
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (_categories is not null)
        {
            var ordinal = _categories.GetOrd(doc);
            if (ordinal >= 0) _ordinalCounts[ordinal]++;
        }
        if (size == 0) return;
        var score = _scorer!.GetScore();
        if (_feedback is not null) score *= _feedback.Get(doc) / (float)FeedbackBoost.Neutral;
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
        if (_categories is null) return;
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < _ordinalCounts.Length; ordinal++)
        {
            if (_ordinalCounts[ordinal] == 0) continue;
            _categories.LookupOrd(ordinal, bytes);
            var id = Guid.ParseExact(bytes.Utf8ToString(), "N");
            _categoryCounts[id] = _categoryCounts.GetValueOrDefault(id) + _ordinalCounts[ordinal];
        }
        _categories = null;
        _ordinalCounts = [];
    }
}
