using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace CallCenter.Knowledge;

/// <summary>
/// Word boundaries of a query, from SmartCn's dictionary and HMM segmentation (query side only; the index keeps its
/// bigrams). A caller's sentence ("暖气片炸满屋子都是热水") yields bigrams across words ("片炸", "子都", "是热") that some
/// article's body happens to contain; counted in the two-thirds minimum they made a long sentence match almost nothing.
/// Only bigrams inside one word count towards the minimum; the others still add to the score.
/// </summary>
public static class QueryWords
{
    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new HMMChineseTokenizer(reader);
        return new TokenStreamComponents(source, source);
    });

    /// <summary>Loads SmartCn's dictionaries (a few hundred milliseconds, once), so the first search does not pay for it.</summary>
    public static void Warm() => Spans("暖气不热");

    /// <summary>Start and end offsets of each word of <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        using var stream = Words.GetTokenStream("q", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) spans.Add((offset.StartOffset, offset.EndOffset));
        stream.End();
        return spans;
    }

    /// <summary>Whether the characters [start, end) lie inside one word.</summary>
    public static bool InOneWord(List<(int Start, int End)> spans, int start, int end) =>
        spans.Exists(s => s.Start <= start && end <= s.End);
}
