using CallCenter.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Benchmarks.Knowledge.Legacy;

/// <summary>
/// The query builder as it was before the common-bigram gate (commit 6cf42fe), kept so the benchmark can run the
/// previous query path beside the current one in one process. Not used by the application.
/// Turns what an agent typed into a Lucene query: its bigrams plus those of its synonym re-writings, each searched in
/// every text field at once (best field wins, boosted title &gt; keywords &gt; standard answer &gt; body), with at least
/// two thirds as many matching as the query has — which keeps an article that shares one common bigram ("暖气") out and
/// lets Lucene skip most documents instead of scoring them all. Bigrams the index has never seen
/// (a typo: "暖汽") are dropped from the count and their characters searched singly instead, at low weight.
/// </summary>
internal static class LegacyKnowledgeQueryBuilder
{
    public const float TitleBoost = 3.0f;
    public const float KeywordsBoost = 2.5f;
    public const float AnswerBoost = 1.5f;
    public const float BodyBoost = 1.0f;
    public const float SynonymWeight = 0.7f;
    public const float UnigramWeight = 0.3f;

    private static readonly string[] TextFields = [KnowledgeFields.Title, KnowledgeFields.Keywords, KnowledgeFields.Answer, KnowledgeFields.Body];

    public sealed record Built(Query Query, HashSet<string> HighlightTerms);

    public static Built? Build(string text, SynonymTable synonyms, IndexReader reader)
    {
        var normalized = QueryNormalizer.Normalize(text);
        var original = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, normalized).Distinct().ToList();
        if (original.Count == 0) return null;
        var highlight = new HashSet<string>(original);
        var query = new BooleanQuery();

        var known = original.Where(t => Known(reader, t)).ToList();
        // Synonym re-writings add their new bigrams to the same clause list (scored once each, however many
        // re-writings share them) at a lower weight; the match count is judged against the query's own length.
        var weighted = known.ToDictionary(t => t, _ => 1f);
        foreach (var variant in synonyms.Variants(normalized))
        {
            foreach (var term in KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, variant).Distinct())
            {
                if (weighted.ContainsKey(term) || !Known(reader, term)) continue;
                weighted[term] = SynonymWeight;
                highlight.Add(term);
            }
        }
        if (weighted.Count > 0)
        {
            var terms = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (known.Count * 2 + 2) / 3) };
            foreach (var (term, weight) in weighted)
            {
                var across = AcrossFields(term);
                across.Boost = weight;
                terms.Add(across, Occur.SHOULD);
            }
            query.Add(terms, Occur.SHOULD);
        }
        // The typo net: characters of the bigrams nothing in the index contains.
        var unknownChars = original.Where(t => !known.Contains(t)).SelectMany(t => t).Where(char.IsLetter).Distinct().ToList();
        foreach (var single in unknownChars)
            query.Add(new TermQuery(new Term(KnowledgeFields.Unigrams, single.ToString())) { Boost = UnigramWeight }, Occur.SHOULD);
        // An article number typed as is ("KB-0012") goes straight to that article.
        query.Add(new TermQuery(new Term(KnowledgeFields.Code, text.Trim().ToUpperInvariant())) { Boost = 50f }, Occur.SHOULD);
        return new Built(query, highlight);
    }

    private static bool Known(IndexReader reader, string term) => TextFields.Any(f => reader.DocFreq(new Term(f, term)) > 0);

    private static DisjunctionMaxQuery AcrossFields(string term)
    {
        var max = new DisjunctionMaxQuery(0.3f);
        max.Add(new TermQuery(new Term(KnowledgeFields.Title, term)) { Boost = TitleBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Keywords, term)) { Boost = KeywordsBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Answer, term)) { Boost = AnswerBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Body, term)) { Boost = BodyBoost });
        return max;
    }
}
