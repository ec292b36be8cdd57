using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CallCenter.Benchmarks.Knowledge.Legacy;

/// <summary>
/// The search path as it was before this round of work (commit 6cf42fe), run on the same index so the benchmark
/// can show before and after side by side under the same machine load: feedback through a CustomScoreQuery, the top
/// 1,000 collected for facets, every stored field loaded and the text re-analysed for highlighting.
/// </summary>
internal static class LegacyKnowledgeSearch
{
    public static KnowledgeIndexResult Search(LuceneKnowledgeIndex index, KnowledgeIndexQuery query) => index.WithSearcher((searcher, synonyms, filter) =>
    {
        var built = LegacyKnowledgeQueryBuilder.Build(query.Text, synonyms, searcher.IndexReader);
        if (built is null) return new KnowledgeIndexResult([], 0, new Dictionary<Guid, int>());
        var wanted = query.WithFacets ? Math.Max(query.Skip + query.Take, 1000) : query.Skip + query.Take;
        var top = searcher.Search(new FeedbackBoostQuery(built.Query), filter, Math.Max(wanted, 1));
        var hits = top.ScoreDocs.Skip(query.Skip).Take(query.Take).Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            var body = doc.Get(KnowledgeFields.Body) ?? "";
            var answer = doc.Get(KnowledgeFields.Answer) ?? "";
            var terms = built.HighlightTerms;
            var source = Spans(body, terms).Count > 0 || answer.Length == 0 ? body : answer;
            return new KnowledgeIndexHit(Guid.ParseExact(doc.Get(KnowledgeFields.Id), "N"), sd.Score,
                Render(doc.Get(KnowledgeFields.Title) ?? "", terms), Render(source, terms));
        }).ToList();
        var facets = query.WithFacets ? CountCategories(searcher, top.ScoreDocs) : new Dictionary<Guid, int>();
        return new KnowledgeIndexResult(hits, top.TotalHits, facets);
    }, query);

    // The old highlighter re-analysed the text twice per hit (once to choose the source, once for the snippet);
    // the snippet window itself is the same code today, so only the analysis is reproduced here.
    private static List<(int Start, int End)> Spans(string text, IReadOnlySet<string> terms) =>
        text.Length == 0 || terms.Count == 0 ? [] : OffsetHighlighter.AnalyzedSpans(text, terms).OrderBy(s => s.Start).ToList();

    private static string Render(string text, IReadOnlySet<string> terms) => OffsetHighlighter.Snippet(text, Spans(text, terms));

    private static Dictionary<Guid, int> CountCategories(IndexSearcher searcher, ScoreDoc[] docs)
    {
        var counts = new Dictionary<Guid, int>();
        var leaves = searcher.IndexReader.Leaves;
        var bytes = new BytesRef();
        foreach (var group in docs.GroupBy(sd => ReaderUtil.SubIndex(sd.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var values = leaf.AtomicReader.GetSortedDocValues(KnowledgeFields.LeafCategory);
            if (values is null) continue;
            foreach (var ordinal in group.GroupBy(sd => values.GetOrd(sd.Doc - leaf.DocBase)))
            {
                if (ordinal.Key < 0) continue;
                values.LookupOrd(ordinal.Key, bytes);
                var id = Guid.ParseExact(bytes.Utf8ToString(), "N");
                counts[id] = counts.GetValueOrDefault(id) + ordinal.Count();
            }
        }
        return counts;
    }

    private sealed class FeedbackBoostQuery(Query query) : CustomScoreQuery(query)
    {
        protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context);

        private sealed class Provider(AtomicReaderContext context) : CustomScoreProvider(context)
        {
            private readonly NumericDocValues? _values = context.AtomicReader.GetNumericDocValues(KnowledgeFields.Feedback);

            public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
                _values is null ? subQueryScore : subQueryScore * (_values.Get(doc) / 1000f);
        }
    }
}
