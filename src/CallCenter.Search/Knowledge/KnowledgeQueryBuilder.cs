using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// Turns what an agent typed into a Lucene query: each bigram is searched in every text field at once (best field
/// wins, boosted title &gt; keywords &gt; standard answer &gt; body), synonym re-writes add their new bigrams at a lower
/// weight, and single characters form a weak net for typos. Every clause is optional: BM25 ranks by how much matches.
/// </summary>
public static class KnowledgeQueryBuilder
{
    public const float TitleBoost = 3.0f;
    public const float KeywordsBoost = 2.5f;
    public const float AnswerBoost = 1.5f;
    public const float BodyBoost = 1.0f;
    public const float SynonymWeight = 0.7f;
    public const float UnigramWeight = 0.12f;

    public sealed record Built(Query Query, HashSet<string> HighlightTerms);

    public static Built? Build(string text, SynonymTable synonyms)
    {
        var normalized = QueryNormalizer.Normalize(text);
        var original = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, normalized).Distinct().ToList();
        if (original.Count == 0) return null;
        var expanded = synonyms.Variants(normalized)
            .SelectMany(v => KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, v))
            .Where(t => !original.Contains(t))
            .Distinct()
            .ToList();

        var query = new BooleanQuery();
        foreach (var term in original) query.Add(AcrossFields(term, 1f), Occur.SHOULD);
        foreach (var term in expanded) query.Add(AcrossFields(term, SynonymWeight), Occur.SHOULD);
        foreach (var single in KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Unigrams, normalized).Distinct())
            query.Add(new TermQuery(new Term(KnowledgeFields.Unigrams, single)) { Boost = UnigramWeight }, Occur.SHOULD);
        // An article number typed as is ("KB-0012") goes straight to that article.
        query.Add(new TermQuery(new Term(KnowledgeFields.Code, text.Trim().ToUpperInvariant())) { Boost = 50f }, Occur.SHOULD);
        return new Built(query, [.. original, .. expanded]);
    }

    private static DisjunctionMaxQuery AcrossFields(string term, float weight)
    {
        var max = new DisjunctionMaxQuery(0.3f) { Boost = weight };
        max.Add(new TermQuery(new Term(KnowledgeFields.Title, term)) { Boost = TitleBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Keywords, term)) { Boost = KeywordsBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Answer, term)) { Boost = AnswerBoost });
        max.Add(new TermQuery(new Term(KnowledgeFields.Body, term)) { Boost = BodyBoost });
        return max;
    }
}
