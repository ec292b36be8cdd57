using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CallCenter.Knowledge;

/// <summary>
/// A segment's feedback factor and leaf category per document, read from doc values once and kept while the segment
/// reader lives: a search that matches most of the corpus then looks both up in plain arrays instead of two
/// doc-values calls per match. Safe because doc values are never updated in place here — an edit re-indexes the
/// article into a new segment (and a new reader).
/// </summary>
internal sealed class KnowledgeSegmentValues
{
    private static readonly ConditionalWeakTable<AtomicReader, KnowledgeSegmentValues> Cache = new();

    /// <summary>Feedback factor per document (1 when the segment has no feedback values).</summary>
    public required float[] Factors { get; init; }

    /// <summary>Leaf category ordinal per document (−1 when none) and the category id of each ordinal.</summary>
    public required int[] Ordinals { get; init; }

    public required Guid[] Categories { get; init; }

    public static KnowledgeSegmentValues For(AtomicReader reader) => Cache.GetValue(reader, Read);

    private static KnowledgeSegmentValues Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var factors = new float[maxDoc];
        var feedback = reader.GetNumericDocValues(KnowledgeFields.Feedback);
        for (var doc = 0; doc < maxDoc; doc++) factors[doc] = feedback is null ? 1f : feedback.Get(doc) / (float)FeedbackBoost.Neutral;
        var ordinals = new int[maxDoc];
        var categories = reader.GetSortedDocValues(KnowledgeFields.LeafCategory);
        for (var doc = 0; doc < maxDoc; doc++) ordinals[doc] = categories?.GetOrd(doc) ?? -1;
        var ids = new Guid[categories?.ValueCount ?? 0];
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < ids.Length; ordinal++)
        {
            categories!.LookupOrd(ordinal, bytes);
            ids[ordinal] = Guid.ParseExact(bytes.Utf8ToString(), "N");
        }
        return new KnowledgeSegmentValues { Factors = factors, Ordinals = ordinals, Categories = ids };
    }
}
