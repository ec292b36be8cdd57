using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// What a search looks for, in the shape <see cref="KnowledgeMatcher"/> evaluates term at a time. A document matches
/// when its bigram clauses match (at least <see cref="MinimumBigrams"/> of them and, when <see cref="Gated"/>, a rare
/// one among them) or a source character matches, or the article number matches. Its score is the sum of its bigram
/// clauses' scores (each the best field plus 0.3 × the others, as a DisjunctionMaxQuery) when the bigram clauses
/// match, plus its characters' scores, plus the article number's. <see cref="ToLuceneQuery"/> is the same search as
/// a Lucene query: the tests compare the two and the benchmark runs it as the previous query path.
/// </summary>
/// <param name="Bigrams">The query's and its synonym re-writings' bigrams, each once.</param>
/// <param name="Words">
/// The query's and its re-writings' whole words in the word field. They add to the score of documents whose bigrams
/// match and a rare one may open the gate, but they do not count towards <see cref="MinimumBigrams"/>: a word's
/// bigrams are already counted.
/// </param>
/// <param name="MinimumBigrams">How many bigram clauses must match (two thirds of the query's own known bigrams).</param>
/// <param name="Gated">Whether a document must hold a bigram marked <see cref="BigramClause.Rare"/>.</param>
/// <param name="SourceCharacters">Typo-net characters that bring in documents by themselves.</param>
/// <param name="ScoringCharacters">Typo-net characters that only add to the score of documents found otherwise.</param>
/// <param name="Code">The text as an article number ("KB-0012"), at a weight that puts that article first.</param>
public sealed record KnowledgeQueryPlan(
    IReadOnlyList<BigramClause> Bigrams,
    IReadOnlyList<BigramClause> Words,
    int MinimumBigrams,
    bool Gated,
    IReadOnlyList<FieldTerm> SourceCharacters,
    IReadOnlyList<FieldTerm> ScoringCharacters,
    FieldTerm Code)
{
    /// <summary>DisjunctionMaxQuery's tie-breaker: the best field counts fully, the others at this share.</summary>
    public const float TieBreaker = 0.3f;

    /// <summary>The same search as nested Lucene queries (the shape the index ran before <see cref="KnowledgeMatcher"/>).</summary>
    public Query ToLuceneQuery()
    {
        var sources = new BooleanQuery();
        if (Bigrams.Count > 0)
        {
            var terms = new BooleanQuery { MinimumNumberShouldMatch = MinimumBigrams };
            foreach (var bigram in Bigrams)
            {
                var across = new DisjunctionMaxQuery(TieBreaker);
                foreach (var field in bigram.Fields) across.Add(field.ToQuery());
                terms.Add(across, Occur.SHOULD);
            }
            if (Gated)
            {
                var gate = new BooleanQuery();
                foreach (var field in Bigrams.Concat(Words).Where(b => b.Rare).SelectMany(b => b.Fields))
                    gate.Add(field.ToQuery(boost: 1f), Occur.SHOULD);
                terms.Add(new ConstantScoreQuery(gate) { Boost = 0f }, Occur.MUST);
            }
            if (Words.Count > 0)
            {
                // Words only add to the score of documents the bigrams matched (BM25's coord is 1).
                var scored = new BooleanQuery { { terms, Occur.MUST } };
                foreach (var word in Words)
                    foreach (var field in word.Fields) scored.Add(field.ToQuery(), Occur.SHOULD);
                terms = scored;
            }
            sources.Add(terms, Occur.SHOULD);
        }
        foreach (var character in SourceCharacters) sources.Add(character.ToQuery(), Occur.SHOULD);
        if (ScoringCharacters.Count > 0)
        {
            var scored = new BooleanQuery { { sources, Occur.MUST } };
            foreach (var character in ScoringCharacters) scored.Add(character.ToQuery(), Occur.SHOULD);
            sources = scored;
        }
        var query = new BooleanQuery();
        if (sources.Clauses.Count > 0) query.Add(sources, Occur.SHOULD);
        query.Add(Code.ToQuery(), Occur.SHOULD);
        return query;
    }
}

/// <summary>One bigram searched in every text field that has it, each field at its boost × the clause's weight (or one word in the word field).</summary>
/// <param name="Rare">In at most the common share of the documents: it may let a document through the gate.</param>
public sealed record BigramClause(string Term, IReadOnlyList<FieldTerm> Fields, bool Rare);

/// <summary>A term of one field, its dictionary entry looked up once per search (null when never looked up), and its boost.</summary>
public sealed record FieldTerm(Term Term, TermContext? Context, float Boost)
{
    public TermQuery ToQuery() => ToQuery(Boost);

    public TermQuery ToQuery(float boost) => Context is null ? new TermQuery(Term) { Boost = boost } : new TermQuery(Term, Context) { Boost = boost };
}
