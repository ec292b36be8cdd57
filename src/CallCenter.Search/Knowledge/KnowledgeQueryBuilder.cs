using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// Turns what an agent typed into a Lucene query: its bigrams plus those of its synonym re-writings, each searched in
/// every text field at once (best field wins, boosted title &gt; keywords &gt; standard answer &gt; body), with at least
/// two thirds as many matching as the query has — which keeps an article that shares one common bigram ("暖气") out and
/// lets Lucene skip most documents instead of scoring them all. Bigrams the index has never seen
/// (a typo: "暖汽") are dropped from the count and their characters searched singly instead, at low weight.
/// <para>
/// Common bigrams ("暖气" is in most articles) are what made a search slow: Lucene.Net 4.8 has no block-max WAND,
/// so every document holding one was visited and scored. As in Lucene's CommonTermsQuery, when the query's own
/// bigrams include rare ones, a document must hold at least one rare bigram (of the query or of a synonym
/// re-writing); the common ones still add to its score but no longer bring in documents by themselves.
/// </para>
/// </summary>
public static class KnowledgeQueryBuilder
{
    public const float TitleBoost = 3.0f;
    public const float KeywordsBoost = 2.5f;
    public const float AnswerBoost = 1.5f;
    public const float BodyBoost = 1.0f;
    public const float SynonymWeight = 0.7f;
    public const float UnigramWeight = 0.3f;
    /// <summary>A bigram in more than this share of the documents is common (see the class remarks).</summary>
    public const double DefaultCommonFraction = 0.1;

    private static readonly string[] TextFields = [KnowledgeFields.Title, KnowledgeFields.Keywords, KnowledgeFields.Answer, KnowledgeFields.Body];

    /// <param name="CanWiden">Whether <see cref="Build"/> with <c>wide</c> would search more (the query has typo-net characters).</param>
    public sealed record Built(Query Query, HashSet<string> HighlightTerms, bool CanWiden);

    /// <param name="wide">
    /// Let every typo-net character bring in documents by itself, as the first version did: slow (single characters
    /// are in most articles), so the index only asks for it when the normal query did not fill the page.
    /// </param>
    public static Built? Build(string text, SynonymTable synonyms, IndexReader reader, double commonFraction = DefaultCommonFraction, bool wide = false)
    {
        var normalized = QueryNormalizer.Normalize(text);
        var original = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, normalized).Distinct().ToList();
        if (original.Count == 0) return null;
        var lookup = new TermLookup(reader);
        var commonAbove = (int)(reader.MaxDoc * commonFraction);
        var highlight = new HashSet<string>(original);
        var query = new BooleanQuery();

        var known = original.Where(lookup.Known).ToList();
        // Synonym re-writings add their new bigrams to the same clause list (scored once each, however many
        // re-writings share them) at a lower weight; the match count is judged against the query's own length.
        var weighted = known.ToDictionary(t => t, _ => 1f);
        foreach (var variant in synonyms.Variants(normalized))
        {
            foreach (var term in KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, variant).Distinct())
            {
                if (weighted.ContainsKey(term) || !lookup.Known(term)) continue;
                weighted[term] = SynonymWeight;
                highlight.Add(term);
            }
        }
        // The typo net: characters of the bigrams nothing in the index contains.
        var unknownChars = original.Where(t => !known.Contains(t)).SelectMany(t => t).Where(char.IsLetter).Distinct().Select(c => c.ToString()).ToList();
        var sources = new BooleanQuery();
        if (weighted.Count > 0)
        {
            var terms = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (known.Count * 2 + 2) / 3) };
            foreach (var (term, weight) in weighted)
            {
                var across = lookup.AcrossFields(term);
                across.Boost = weight;
                terms.Add(across, Occur.SHOULD);
            }
            // The gate applies only when the query's own bigrams include a rare one: a query of common words alone
            // ("暖气") keeps matching every article that has them.
            var rare = weighted.Keys.Where(t => lookup.DocFreq(t) <= commonAbove).ToList();
            if (known.Any(t => lookup.DocFreq(t) <= commonAbove) && rare.Count < weighted.Count)
            {
                var gate = new BooleanQuery();
                foreach (var term in rare)
                    foreach (var field in lookup.FieldsWith(term)) gate.Add(lookup.TermQuery(field, term), Occur.SHOULD);
                // Constant and weightless: it decides which documents are visited, the clauses above score them.
                terms.Add(new ConstantScoreQuery(gate) { Boost = 0f }, Occur.MUST);
            }
            sources.Add(terms, Occur.SHOULD);
        }
        // A rare typo-net character ("态") may bring in documents; a common one ("暖", "不" are in nearly every article)
        // only adds to the score of documents found otherwise — unless asked to search wide.
        var optional = new List<Query>();
        foreach (var single in unknownChars)
        {
            var clause = lookup.TermQuery(KnowledgeFields.Unigrams, single);
            clause.Boost = UnigramWeight;
            if (wide || lookup.DocFreq(KnowledgeFields.Unigrams, single) <= commonAbove) sources.Add(clause, Occur.SHOULD);
            else optional.Add(clause);
        }
        if (sources.Clauses.Count == 0) foreach (var clause in optional) sources.Add(clause, Occur.SHOULD);
        else if (optional.Count > 0)
        {
            var scored = new BooleanQuery { { sources, Occur.MUST } };
            foreach (var clause in optional) scored.Add(clause, Occur.SHOULD);
            sources = scored;
        }
        if (sources.Clauses.Count > 0) query.Add(sources, Occur.SHOULD);
        // An article number typed as is ("KB-0012") goes straight to that article.
        query.Add(new TermQuery(new Term(KnowledgeFields.Code, text.Trim().ToUpperInvariant())) { Boost = 50f }, Occur.SHOULD);
        return new Built(query, highlight, !wide && unknownChars.Count > 0);
    }

    /// <summary>
    /// Looks each (field, bigram) up once per search: the same TermContext answers "is it known", "is it common" and
    /// becomes the TermQuery's statistics, so Lucene does not seek the term dictionary a second time.
    /// </summary>
    private sealed class TermLookup(IndexReader reader)
    {
        private readonly Dictionary<(string Field, string Term), TermContext> _contexts = [];
        private readonly Dictionary<string, int> _docFreq = [];

        public bool Known(string term) => DocFreq(term) > 0;

        /// <summary>The most documents the bigram is in, over the text fields.</summary>
        public int DocFreq(string term)
        {
            if (!_docFreq.TryGetValue(term, out var count)) _docFreq[term] = count = TextFields.Max(f => Context(f, term).DocFreq);
            return count;
        }

        public int DocFreq(string field, string term) => Context(field, term).DocFreq;

        public IEnumerable<string> FieldsWith(string term) => TextFields.Where(f => Context(f, term).DocFreq > 0);

        public TermQuery TermQuery(string field, string term) => new(new Term(field, term), Context(field, term));

        /// <summary>The bigram in every text field that has it at once; the best field wins, boosted title &gt; keywords &gt; answer &gt; body.</summary>
        public DisjunctionMaxQuery AcrossFields(string term)
        {
            var max = new DisjunctionMaxQuery(0.3f);
            foreach (var field in FieldsWith(term))
            {
                var clause = TermQuery(field, term);
                clause.Boost = Boosts[field];
                max.Add(clause);
            }
            return max;
        }

        private TermContext Context(string field, string term)
        {
            if (!_contexts.TryGetValue((field, term), out var context))
                _contexts[(field, term)] = context = TermContext.Build(reader.Context, new Term(field, term));
            return context;
        }
    }

    private static readonly Dictionary<string, float> Boosts = new()
    {
        [KnowledgeFields.Title] = TitleBoost,
        [KnowledgeFields.Keywords] = KeywordsBoost,
        [KnowledgeFields.Answer] = AnswerBoost,
        [KnowledgeFields.Body] = BodyBoost,
    };
}
