using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CallCenter.Knowledge;

/// <summary>
/// Runs a <see cref="KnowledgeQueryPlan"/> term at a time, window by window: within a window of 2,048 documents each
/// (field, term) posting list is read on, its BM25 scores added into small per-document arrays (score, matched
/// bigram clauses, gate and source flags); a pass over the window then decides which documents match and hands
/// them to <see cref="KnowledgeTopHits"/>. The window keeps the arrays in the CPU cache however large the segment.
/// <para>
/// Why not Lucene's own scorers: a query's synonyms make 30–70 term clauses, and Lucene.Net 4.8 runs a
/// minimum-should-match disjunction document at a time through a heap of sub-scorers (its bucketed scorer takes
/// neither a required clause nor a minimum above one), so each posting cost heap operations over several levels
/// of nested scorers. Here a posting costs an array add. The scores are the same BM25 weights (Lucene's
/// TermWeight/TermScorer, same boosts), combined as the nested query would; facets and the total still count every
/// match.
/// </para>
/// </summary>
internal static class KnowledgeMatcher
{
    private const int Window = 2048;
    private const byte GateFlag = 1;
    private const byte SourceFlag = 2;
    private const byte CodeFlag = 4;
    /// <summary>A word matched: its score is in Text although Count did not move (so Collect must still reset it).</summary>
    private const byte WordFlag = 8;
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    private static readonly ConcurrentBag<Scratch> Pool = [];

    public static void Run(IndexSearcher searcher, KnowledgeQueryPlan plan, Filter filter, KnowledgeTopHits into)
    {
        // Gate clauses first: a common clause's posting then adds only to documents already through the gate.
        // Words (which do not count towards the minimum) run beside the bigrams.
        var clauses = plan.Bigrams.Select(b => (Clause: b, Counts: true)).Concat(plan.Words.Select(w => (Clause: w, Counts: false)))
            .OrderBy(c => plan.Gated && !c.Clause.Rare).ToList();
        // Weights once per search (idf, boost); scorers per segment.
        var clauseWeights = clauses.Select(c => c.Clause.Fields.Select(f => searcher.CreateNormalizedWeight(f.ToQuery())).ToArray()).ToArray();
        var sourceWeights = plan.SourceCharacters.Select(c => searcher.CreateNormalizedWeight(c.ToQuery())).ToArray();
        var scoringWeights = plan.ScoringCharacters.Select(c => searcher.CreateNormalizedWeight(c.ToQuery())).ToArray();
        var codeWeight = searcher.CreateNormalizedWeight(plan.Code.ToQuery());
        var scratch = Pool.TryTake(out var pooled) ? pooled : new Scratch();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (AcceptDocs(filter, leaf) is not { } accept) continue;
            var groups = new List<(Cursor[] Fields, byte Flag, bool NeedsGate, bool Counts)>();
            for (var b = 0; b < clauses.Count; b++)
            {
                var fields = Open(leaf, accept, clauseWeights[b]);
                var rare = plan.Gated && clauses[b].Clause.Rare;
                var counts = clauses[b].Counts;
                var flag = (byte)((rare ? GateFlag : 0) | (counts ? 0 : WordFlag));
                if (fields.Length > 0) groups.Add((fields, flag, plan.Gated && !rare, counts));
            }
            var sources = Open(leaf, accept, sourceWeights);
            var scoring = Open(leaf, accept, scoringWeights);
            var code = Open(leaf, accept, [codeWeight]);
            var all = groups.SelectMany(g => g.Fields).Concat(sources).Concat(scoring).Concat(code).ToArray();
            into.SetNextReader(leaf);
            var maxDoc = leaf.AtomicReader.MaxDoc;
            for (var start = 0; start < maxDoc; start += Window)
            {
                // Jump over windows no posting list reaches.
                var next = NoMoreDocs;
                foreach (var cursor in all) next = Math.Min(next, cursor.Doc);
                if (next >= maxDoc) break;
                start = next - next % Window;
                var end = Math.Min(start + Window, maxDoc);
                foreach (var (fields, flag, needsGate, counts) in groups) AddBigram(scratch, fields, flag, needsGate, counts, start, end);
                foreach (var cursor in sources) AddCharacter(scratch, cursor, SourceFlag, onlyFound: false, start, end);
                foreach (var cursor in scoring) AddCharacter(scratch, cursor, 0, onlyFound: true, start, end);
                foreach (var cursor in code) AddCode(scratch, cursor, start, end);
                Collect(scratch, plan.MinimumBigrams, plan.Gated, start, end, into);
            }
        }
        // Back to the pool only after a run that completed: one that threw may have left numbers in the arrays.
        Pool.Add(scratch);
    }

    private static Cursor[] Open(AtomicReaderContext leaf, IBits accept, Weight[] weights)
    {
        var cursors = new List<Cursor>(weights.Length);
        foreach (var weight in weights)
            if (weight.GetScorer(leaf, accept) is { } scorer && scorer.NextDoc() is var doc and not NoMoreDocs)
                cursors.Add(new Cursor(scorer, doc));
        return [.. cursors];
    }

    /// <summary>One bigram (or word) clause: its fields' scores per document combined as a DisjunctionMaxQuery would.</summary>
    private static void AddBigram(Scratch s, Cursor[] fields, byte flag, bool needsGate, bool counts, int start, int end)
    {
        var text = s.Text;
        var count = s.Count;
        var flags = s.Flags;
        if (fields.Length == 1)
        {
            var only = fields[0];
            var scorer = only.Scorer;
            var doc = only.Doc;
            for (; doc < end; doc = scorer.NextDoc())
            {
                var i = doc - start;
                // Without the gate a document cannot match on its bigrams: no need to score it.
                if (needsGate && (flags[i] & GateFlag) == 0) continue;
                text[i] += scorer.GetScore();
                if (counts) count[i]++;
                flags[i] |= flag;
            }
            only.Doc = doc;
            return;
        }
        var stamps = s.Stamps;
        var max = s.Max;
        var sum = s.Sum;
        var touched = s.Touched;
        var stamp = s.NextStamp();
        var touchedCount = 0;
        foreach (var field in fields)
        {
            var scorer = field.Scorer;
            var doc = field.Doc;
            for (; doc < end; doc = scorer.NextDoc())
            {
                var i = doc - start;
                if (needsGate && (flags[i] & GateFlag) == 0) continue;
                var score = scorer.GetScore();
                if (stamps[i] != stamp)
                {
                    stamps[i] = stamp;
                    max[i] = score;
                    sum[i] = score;
                    touched[touchedCount++] = i;
                }
                else
                {
                    sum[i] += score;
                    if (score > max[i]) max[i] = score;
                }
            }
            field.Doc = doc;
        }
        for (var t = 0; t < touchedCount; t++)
        {
            var i = touched[t];
            text[i] += max[i] + (sum[i] - max[i]) * KnowledgeQueryPlan.TieBreaker;
            if (counts) count[i]++;
            flags[i] |= flag;
        }
    }

    /// <summary>A typo-net character: a source brings the document in, a scoring one only adds to documents found otherwise.</summary>
    private static void AddCharacter(Scratch s, Cursor cursor, byte flag, bool onlyFound, int start, int end)
    {
        var extra = s.Extra;
        var flags = s.Flags;
        var count = s.Count;
        var scorer = cursor.Scorer;
        var doc = cursor.Doc;
        for (; doc < end; doc = scorer.NextDoc())
        {
            var i = doc - start;
            if (onlyFound && count[i] == 0 && (flags[i] & SourceFlag) == 0) continue;
            extra[i] += scorer.GetScore();
            flags[i] |= flag;
        }
        cursor.Doc = doc;
    }

    private static void AddCode(Scratch s, Cursor cursor, int start, int end)
    {
        var scorer = cursor.Scorer;
        var doc = cursor.Doc;
        for (; doc < end; doc = scorer.NextDoc())
        {
            s.Code[doc - start] += scorer.GetScore();
            s.Flags[doc - start] |= CodeFlag;
        }
        cursor.Doc = doc;
    }

    /// <summary>Decides the window's matches and leaves its arrays zeroed for the next window (a document with nothing counted or flagged has nothing stored).</summary>
    private static void Collect(Scratch s, int minimum, bool gated, int start, int end, KnowledgeTopHits into)
    {
        var text = s.Text;
        var extra = s.Extra;
        var code = s.Code;
        var count = s.Count;
        var flags = s.Flags;
        for (var i = 0; i < end - start; i++)
        {
            var f = flags[i];
            var c = count[i];
            if (c == 0 && f == 0) continue;
            var bigramsMatch = c >= minimum && (!gated || (f & GateFlag) != 0);
            var sourcesMatch = bigramsMatch || (f & SourceFlag) != 0;
            if (sourcesMatch || (f & CodeFlag) != 0)
                into.Collect(start + i, (sourcesMatch ? (bigramsMatch ? text[i] : 0f) + extra[i] : 0f) + code[i]);
            text[i] = 0f;
            extra[i] = 0f;
            code[i] = 0f;
            count[i] = 0;
            flags[i] = 0;
        }
    }

    /// <summary>The segment's documents the filter lets through (live ones only) as random-access bits; null when none.</summary>
    private static IBits? AcceptDocs(Filter filter, AtomicReaderContext leaf)
    {
        var set = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs);
        if (set is null) return null;
        if (set.Bits is { } bits) return bits;
        var iterator = set.GetIterator();
        if (iterator is null) return null;
        var first = iterator.NextDoc();
        if (first == NoMoreDocs) return null;
        var built = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        built.Set(first);
        built.Or(iterator);
        return built;
    }

    /// <summary>A posting list being read: its scorer and the document it stands on.</summary>
    private sealed class Cursor(Scorer scorer, int doc)
    {
        public Scorer Scorer { get; } = scorer;
        public int Doc = doc;
    }

    /// <summary>
    /// Per-document arrays of one window, reused across searches (one per concurrent search); zero between windows
    /// (<see cref="Collect"/> resets what it read; a search that throws leaves its scratch unreturned).
    /// </summary>
    private sealed class Scratch
    {
        public readonly float[] Text = new float[Window];
        public readonly float[] Extra = new float[Window];
        public readonly float[] Code = new float[Window];
        public readonly ushort[] Count = new ushort[Window];
        public readonly byte[] Flags = new byte[Window];
        // DisjunctionMax within one bigram clause: a stamp marks the documents the clause has touched in this window.
        public readonly int[] Stamps = new int[Window];
        public readonly float[] Max = new float[Window];
        public readonly float[] Sum = new float[Window];
        public readonly int[] Touched = new int[Window];
        private int _stamp;

        public int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Array.Clear(Stamps);
                _stamp = 0;
            }
            return ++_stamp;
        }
    }
}
