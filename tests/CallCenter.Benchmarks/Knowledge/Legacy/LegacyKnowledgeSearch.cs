using System.Collections.Concurrent;
using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using Lucene.Net.Search;

namespace CallCenter.Benchmarks.Knowledge.Legacy;

/// <summary>
/// The search path as it was before the term-at-a-time matcher (commit d0312fe), run on the same index so the
/// benchmark shows before and after side by side under the same machine load: the same plan as nested Lucene
/// queries (<see cref="KnowledgeQueryPlan.ToLuceneQuery"/>, the query that commit built), Lucene's scorers behind a
/// FilteredQuery with the status filter cached the default way, and the one-pass collector. Stored fields and
/// highlighting are the current code's, as they were then.
/// </summary>
internal static class LegacyKnowledgeSearch
{
    private static readonly ConcurrentDictionary<string, Filter> Filters = new();

    public static KnowledgeIndexResult Search(LuceneKnowledgeIndex index, KnowledgeIndexQuery query) => index.WithSearcher((searcher, synonyms, _) =>
    {
        var filter = Filters.GetOrAdd(string.Join(",", query.Statuses.Order()) + "|" + query.Audience + "|" + query.CategoryId,
            _ => new CachingWrapperFilter(new QueryWrapperFilter(LuceneKnowledgeIndex.FilterQuery(query))));
        var built = KnowledgeQueryBuilder.Build(query.Text, synonyms, searcher.IndexReader, index.CommonFraction);
        if (built is null) return new KnowledgeIndexResult([], 0, new Dictionary<Guid, int>());
        var collector = new LegacyTopCollector(query.Skip + query.Take, query.WithFacets);
        searcher.Search(built.Plan.ToLuceneQuery(), filter, collector);
        if (collector.TotalHits < query.Skip + query.Take && built.CanWiden
            && KnowledgeQueryBuilder.Build(query.Text, synonyms, searcher.IndexReader, index.CommonFraction, wide: true) is { } wide)
        {
            built = wide;
            collector = new LegacyTopCollector(query.Skip + query.Take, query.WithFacets);
            searcher.Search(built.Plan.ToLuceneQuery(), filter, collector);
        }
        var hits = collector.Hits().Skip(query.Skip).Select(sd => index.ToHit(searcher, sd, built.HighlightTerms)).ToList();
        return new KnowledgeIndexResult(hits, collector.TotalHits, query.WithFacets ? collector.CategoryCounts() : new Dictionary<Guid, int>());
    }, query);
}
