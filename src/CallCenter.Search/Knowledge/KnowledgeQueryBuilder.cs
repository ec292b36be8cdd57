using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// Turns what an agent typed into a <see cref="KnowledgeQueryPlan"/> (run by <see cref="KnowledgeMatcher"/>): its bigrams plus those of its synonym re-writings, each searched in
/// every text field at once (best field wins, boosted title &gt; keywords &gt; standard answer &gt; body), with at least
/// two thirds as many matching as the query has — which keeps an article that shares one common bigram ("暖气") out.
/// Bigrams the index has never seen
/// (a typo: "暖汽") are dropped from the count and their characters searched singly instead, at low weight.
/// <para>
/// Common bigrams ("暖气" is in most articles) are what made a search slow: Lucene.Net 4.8 has no block-max WAND,
/// so every document holding one was visited and scored. As in Lucene's CommonTermsQuery, when the query's own
/// bigrams include rare ones, a document must hold at least one rare bigram (of the query or of a synonym
/// re-writing); the common ones still add to its score but no longer bring in documents by themselves (the matcher
/// does not even score them elsewhere).
/// </para>
/// </summary>
public static class KnowledgeQueryBuilder
{
    public const float TitleBoost = 3.0f;
    public const float KeywordsBoost = 2.5f;
    public const float AnswerBoost = 1.5f;
    public const float BodyBoost = 1.0f;
    /// <summary>An editor's question phrasing is how callers ask (2.0 measured best on the tuned part; 1.5 and 2.5–3.0 lost).</summary>
    public const float QuestionsBoost = 2.0f;
    /// <summary>A whole word of the query found as a word of the article's title, keywords, answer or question phrasings.</summary>
    /// <remarks>
    /// Low: a word's bigrams already score in the text fields, so the word adds a little for being whole and matters
    /// mostly as a gate. At 1.0–2.0 a common word ("暖气") lifted short articles whose answer says it (tuned hit@3 fell).
    /// </remarks>
    public const float WordsBoost = 0.5f;
    public const float SynonymWeight = 0.7f;
    public const float UnigramWeight = 0.3f;
    /// <summary>A bigram in more than this share of the documents is common (see the class remarks).</summary>
    public const double DefaultCommonFraction = 0.1;

    private static readonly string[] TextFields = [KnowledgeFields.Title, KnowledgeFields.Keywords, KnowledgeFields.Questions, KnowledgeFields.Answer, KnowledgeFields.Body];

    /// <param name="CanWiden">Whether <see cref="Build"/> with <c>wide</c> would search more (the query has typo-net characters).</param>
    public sealed record Built(KnowledgeQueryPlan Plan, HashSet<string> HighlightTerms, bool CanWiden);

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

        var known = original.Where(lookup.Known).ToList();
        // Synonym re-writings add their new bigrams to the same clause list (scored once each, however many
        // re-writings share them) at a lower weight; the match count is judged against the query's own length.
        var inWord = CountTowardsMinimum(normalized, known).ToHashSet();
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
        var bigrams = weighted.Select(w => new BigramClause(w.Key, lookup.AcrossFields(w.Key, w.Value), lookup.DocFreq(w.Key) <= commonAbove)).ToList();

        // Whole words, judged in the word field: "爆管" is in every emergency article's body (the tip) but a word of
        // only the articles about a burst pipe, so there it is rare and may open the gate.
        List<string> ownWords = bigrams.Count == 0 ? [] : KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Words, normalized).Distinct().Where(w => lookup.DocFreq(KnowledgeFields.Words, w) > 0).ToList();
        var wordWeights = ownWords.ToDictionary(w => w, _ => 1f);
        if (bigrams.Count > 0)
            foreach (var variant in synonyms.Variants(normalized))
                foreach (var word in KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Words, variant))
                    if (!wordWeights.ContainsKey(word) && lookup.DocFreq(KnowledgeFields.Words, word) > 0) wordWeights[word] = SynonymWeight;
        var words = wordWeights.Select(w => new BigramClause(w.Key, [lookup.FieldTerm(KnowledgeFields.Words, w.Key, WordsBoost * w.Value)],
            lookup.DocFreq(KnowledgeFields.Words, w.Key) <= commonAbove)).ToList();

        // The gate applies only when the query's own bigrams or words include a rare one: a query of common words
        // alone ("暖气") keeps matching every article that has them.
        var gated = (known.Any(t => lookup.DocFreq(t) <= commonAbove) || ownWords.Any(w => lookup.DocFreq(KnowledgeFields.Words, w) <= commonAbove))
            && bigrams.Concat(words).Any(b => !b.Rare);

        // The typo net: characters of the bigrams nothing in the index contains. A rare one ("态") may bring in
        // documents; a common one ("暖", "不" are in nearly every article) only adds to the score of documents found
        // otherwise — unless asked to search wide, or unless nothing else could bring documents in.
        var unknownChars = original.Where(t => !known.Contains(t)).SelectMany(t => t).Where(char.IsLetter).Distinct().Select(c => c.ToString()).ToList();
        var sourceChars = new List<FieldTerm>();
        var scoringChars = new List<FieldTerm>();
        foreach (var single in unknownChars)
        {
            var clause = lookup.FieldTerm(KnowledgeFields.Unigrams, single, UnigramWeight);
            if (wide || lookup.DocFreq(KnowledgeFields.Unigrams, single) <= commonAbove) sourceChars.Add(clause);
            else scoringChars.Add(clause);
        }
        if (bigrams.Count == 0 && sourceChars.Count == 0) (sourceChars, scoringChars) = (scoringChars, []);
        // An article number typed as is ("KB-0012") goes straight to that article.
        var code = new FieldTerm(new Term(KnowledgeFields.Code, text.Trim().ToUpperInvariant()), null, 50f);
        var plan = new KnowledgeQueryPlan(bigrams, words, Math.Max(1, (inWord.Count * 2 + 2) / 3), gated, sourceChars, scoringChars, code);
        return new Built(plan, highlight, !wide && unknownChars.Count > 0);
    }

    /// <summary>
    /// The known terms the two-thirds minimum is taken of: those inside one word of the query (see
    /// <see cref="QueryWords"/>). A query whose known terms all cross words (rare: a run of single-character words)
    /// keeps them all.
    /// </summary>
    internal static List<string> CountTowardsMinimum(string normalized, List<string> known)
    {
        var spans = QueryWords.Spans(normalized);
        var inWord = KnowledgeAnalyzers.Tokens(KnowledgeAnalyzers.Bigrams, normalized)
            .Where(t => QueryWords.InOneWord(spans, t.Start, t.End))
            .Select(t => t.Term)
            .ToHashSet();
        var counted = known.Where(inWord.Contains).ToList();
        return counted.Count > 0 ? counted : known;
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

        public FieldTerm FieldTerm(string field, string term, float boost) => new(new Term(field, term), Context(field, term), boost);

        /// <summary>The bigram in every text field that has it, boosted title &gt; keywords &gt; answer &gt; body, times the clause's weight.</summary>
        public List<FieldTerm> AcrossFields(string term, float weight) =>
            FieldsWith(term).Select(field => FieldTerm(field, term, Boosts[field] * weight)).ToList();

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
        [KnowledgeFields.Questions] = QuestionsBoost,
        [KnowledgeFields.Answer] = AnswerBoost,
        [KnowledgeFields.Body] = BodyBoost,
    };
}
