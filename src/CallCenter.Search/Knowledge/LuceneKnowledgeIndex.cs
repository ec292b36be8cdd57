using System.Diagnostics;
using CallCenter.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace CallCenter.Knowledge;

/// <summary>
/// The knowledge index on disk. One IndexWriter for the process; searches go through a SearcherManager over the
/// writer (near-real-time), refreshed after every write so the next search sees it; every write is committed so a
/// restart finds it. BM25 scores every field.
/// </summary>
public sealed class LuceneKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    /// <summary>Bump when analysis or fields change: an index of another schema counts as stale and is rebuilt.</summary>
    public const string SchemaVersion = "4";
    private const string SchemaKey = "schema";

    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private volatile SynonymTable _synonyms = SynonymTable.Empty;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> _filters = new();

    public LuceneKnowledgeIndex(string path) : this(FSDirectory.Open(new DirectoryInfo(path))) { }

    public LuceneKnowledgeIndex(Directory directory)
    {
        QueryWords.Warm();
        _directory = directory;
        var config = new IndexWriterConfig(KnowledgeAnalyzers.Version, KnowledgeAnalyzers.ForIndex)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

    public KnowledgeIndexState GetState()
    {
        var searcher = _searchers.Acquire();
        try
        {
            long? newest = null;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var values = leaf.AtomicReader.GetNumericDocValues(KnowledgeFields.Modified);
                if (values is null) continue;
                var live = leaf.AtomicReader.LiveDocs;
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var ticks = values.Get(doc);
                    if (newest is null || ticks > newest) newest = ticks;
                }
            }
            var schema = _writer.CommitData.TryGetValue(SchemaKey, out var s) ? s : null;
            return new KnowledgeIndexState(searcher.IndexReader.NumDocs,
                newest is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
                schema == SchemaVersion || searcher.IndexReader.NumDocs == 0 && schema is null);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Upsert(KnowledgeIndexDocument document) =>
        Write(w => w.UpdateDocument(IdTerm(document.Id), KnowledgeDocumentMapper.ToLucene(document)));

    public void Delete(Guid id) => Write(w => w.DeleteDocuments(IdTerm(id)));

    public void Rebuild(IEnumerable<KnowledgeIndexDocument> documents) => Write(w =>
    {
        // Not visible to searches until the commit below: they keep reading the previous content meanwhile.
        w.DeleteAll();
        foreach (var document in documents) w.AddDocument(KnowledgeDocumentMapper.ToLucene(document));
        // One segment: a term is looked up once per search instead of once per segment (a rebuild is rare;
        // later single-article writes add small segments that the merge policy folds in).
        w.ForceMerge(1);
    });

    public void SetSynonyms(IReadOnlyList<IReadOnlyList<string>> groups) => _synonyms = new SynonymTable(groups);

    /// <summary>Per-stage timings of every search while set (the benchmark's profile run).</summary>
    internal KnowledgeSearchTimings? Timings { get; set; }

    /// <summary>The share of documents above which a bigram counts as common (see <see cref="KnowledgeQueryBuilder"/>).</summary>
    internal double CommonFraction { get; set; } = KnowledgeQueryBuilder.DefaultCommonFraction;

    private static readonly HashSet<string> HitFields = [KnowledgeFields.Id, KnowledgeFields.Title, KnowledgeFields.Answer, KnowledgeFields.Body];

    public KnowledgeIndexResult Search(KnowledgeIndexQuery query)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var timings = Timings;
            var started = Stopwatch.GetTimestamp();
            var built = KnowledgeQueryBuilder.Build(query.Text, _synonyms, searcher.IndexReader, CommonFraction);
            if (built is null) return new KnowledgeIndexResult([], 0, new Dictionary<Guid, int>());
            var filter = Filter(query);
            var top = new KnowledgeTopHits(query.Skip + query.Take, query.WithFacets);
            var compiled = Stopwatch.GetTimestamp();
            KnowledgeMatcher.Run(searcher, built.Plan, filter, top);
            if (top.TotalHits < query.Skip + query.Take && built.CanWiden
                && KnowledgeQueryBuilder.Build(query.Text, _synonyms, searcher.IndexReader, CommonFraction, wide: true) is { } wide)
            {
                // Too few matches for the page: let the typo net's common characters bring in documents too.
                built = wide;
                top = new KnowledgeTopHits(query.Skip + query.Take, query.WithFacets);
                KnowledgeMatcher.Run(searcher, built.Plan, filter, top);
            }
            var collected = Stopwatch.GetTimestamp();
            // Stored fields and highlighting for the shown page only.
            var shown = top.Hits().Skip(query.Skip).Select(sd => (sd.Score, Doc: searcher.Doc(sd.Doc, HitFields))).ToList();
            var fetched = Stopwatch.GetTimestamp();
            var hits = shown.Select(h => ToHit(h.Doc, h.Score, built.HighlightTerms)).ToList();
            var facets = query.WithFacets ? top.CategoryCounts() : new Dictionary<Guid, int>();
            if (timings is not null)
            {
                var done = Stopwatch.GetTimestamp();
                timings.Build += compiled - started;
                timings.Collect += collected - compiled;
                timings.Fetch += fetched - collected;
                timings.Highlight += done - fetched;
                timings.Searches++;
            }
            return new KnowledgeIndexResult(hits, top.TotalHits, facets);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>One hit as the page shows it (the benchmark's previous query path shares it).</summary>
    internal KnowledgeIndexHit ToHit(IndexSearcher searcher, ScoreDoc hit, HashSet<string> terms) => ToHit(searcher.Doc(hit.Doc, HitFields), hit.Score, terms);

    private static KnowledgeIndexHit ToHit(Lucene.Net.Documents.Document doc, float score, HashSet<string> terms)
    {
        var body = doc.Get(KnowledgeFields.Body) ?? "";
        var answer = doc.Get(KnowledgeFields.Answer) ?? "";
        // The excerpt comes from the body when it matches there, else from the standard answer.
        var bodySpans = OffsetHighlighter.Spans(body, terms);
        var snippet = bodySpans.Count > 0 || answer.Length == 0 ? OffsetHighlighter.Snippet(body, bodySpans) : OffsetHighlighter.Snippet(answer, terms);
        return new KnowledgeIndexHit(Guid.ParseExact(doc.Get(KnowledgeFields.Id), "N"), score,
            OffsetHighlighter.Highlight(doc.Get(KnowledgeFields.Title) ?? "", terms), snippet);
    }

    /// <summary>A searcher and the synonym table for the benchmark's run of the previous query path on the same index.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, SynonymTable, Filter, T> use, KnowledgeIndexQuery query)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher, _synonyms, Filter(query));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Status and audience filters are few and asked for on every search: cached per segment (a new segment after a
    /// write gets its own entry) as a bit set, so they cost a lookup instead of a term walk and give the matcher
    /// random access.
    /// </summary>
    private Filter Filter(KnowledgeIndexQuery query)
    {
        var key = string.Join(",", query.Statuses.Order()) + "|" + query.Audience + "|" + query.CategoryId;
        return _filters.GetOrAdd(key, _ => new BitSetCachingFilter(new QueryWrapperFilter(FilterQuery(query))));
    }

    internal static BooleanQuery FilterQuery(KnowledgeIndexQuery query)
    {
        var filter = new BooleanQuery();
        var statuses = new BooleanQuery();
        foreach (var status in query.Statuses) statuses.Add(new TermQuery(new Term(KnowledgeFields.Status, status.ToString())), Occur.SHOULD);
        // No status at all matches nothing, never everything: an empty list must not open drafts to agents.
        if (query.Statuses.Count == 0) statuses.Add(new TermQuery(new Term(KnowledgeFields.Status, "-none-")), Occur.SHOULD);
        filter.Add(statuses, Occur.MUST);
        if (query.Audience is { } audience) filter.Add(new TermQuery(new Term(KnowledgeFields.Audience, audience.ToString())), Occur.MUST);
        if (query.CategoryId is { } category) filter.Add(new TermQuery(new Term(KnowledgeFields.Category, category.ToString("N"))), Occur.MUST);
        return filter;
    }

    private void Write(Action<IndexWriter> change)
    {
        lock (_writeLock)
        {
            change(_writer);
            _writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
            _writer.Commit();
        }
        _searchers.MaybeRefreshBlocking();
    }

    private static Term IdTerm(Guid id) => new(KnowledgeFields.Id, id.ToString("N"));

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Caches a filter per segment as a FixedBitSet (Lucene's default, a compressed set, has no random access).</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
