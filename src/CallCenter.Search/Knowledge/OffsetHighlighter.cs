using System.Net;
using System.Text;

namespace CallCenter.Knowledge;

/// <summary>
/// Our own highlighter (Lucene.Net.Highlighter does not restore here): re-analyzes the stored text, keeps the
/// character offsets of tokens that are query terms, merges overlapping bigram spans ("暖气"+"气片" → "暖气片") and
/// writes HTML-escaped text with the spans in &lt;em&gt;.
/// </summary>
public static class OffsetHighlighter
{
    public static List<(int Start, int End)> Spans(string text, IReadOnlySet<string> terms)
    {
        if (text.Length == 0 || terms.Count == 0) return [];
        var raw = terms.All(IsHanBigram) ? HanBigramSpans(text, terms) : AnalyzedSpans(text, terms);
        raw.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>();
        foreach (var span in raw)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }

    /// <summary>Spans of the tokens the index analyzer makes of <paramref name="text"/> that are query terms.</summary>
    internal static List<(int Start, int End)> AnalyzedSpans(string text, IReadOnlySet<string> terms) =>
        KnowledgeAnalyzers.Tokens(KnowledgeAnalyzers.Bigrams, text).Where(t => terms.Contains(t.Term)).Select(t => (t.Start, t.End)).ToList();

    /// <summary>
    /// Where every term is two Han characters — nearly every Chinese query — a bigram token is exactly an occurrence
    /// of the two characters side by side, so plain substring search finds the same spans as re-analysing the text,
    /// several times faster. Han characters are untouched by the analyzer's width and case folding.
    /// </summary>
    internal static List<(int Start, int End)> HanBigramSpans(string text, IReadOnlySet<string> terms)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var term in terms)
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
                spans.Add((at, at + 2));
        return spans;
    }

    private static bool IsHanBigram(string term) => term.Length == 2 && IsHan(term[0]) && IsHan(term[1]);

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The whole text, highlighted.</summary>
    public static string Highlight(string text, IReadOnlySet<string> terms) => Render(text, 0, text.Length, Spans(text, terms));

    /// <summary>
    /// The window of about <paramref name="length"/> characters holding the most matches, highlighted, with "…" where
    /// it cuts the text; the text's beginning when nothing matches.
    /// </summary>
    public static string Snippet(string text, IReadOnlySet<string> terms, int length = 120) => Snippet(text, Spans(text, terms), length);

    /// <summary>As above, with the spans already found (the caller looked for them to choose the text).</summary>
    public static string Snippet(string text, List<(int Start, int End)> spans, int length = 120)
    {
        if (text.Length <= length) return Render(text, 0, text.Length, spans);
        var start = 0;
        var best = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            var windowEnd = spans[i].Start + length;
            var count = spans.Skip(i).TakeWhile(s => s.End <= windowEnd).Sum(s => s.End - s.Start);
            if (count > best)
            {
                best = count;
                start = spans[i].Start;
            }
        }
        // Start a little before the first match, at a sentence or line start when one is near.
        var from = Math.Max(0, start - 20);
        var boundary = text.LastIndexOfAny(['。', '！', '？', '\n', '；'], Math.Max(0, start - 1), Math.Min(start, 40));
        if (boundary >= 0 && boundary + 1 <= start) from = boundary + 1;
        var to = Math.Min(text.Length, from + length);
        return (from > 0 ? "…" : "") + Render(text, from, to, spans) + (to < text.Length ? "…" : "");
    }

    private static string Render(string text, int from, int to, List<(int Start, int End)> spans)
    {
        var html = new StringBuilder();
        var position = from;
        foreach (var (s, e) in spans)
        {
            var start = Math.Max(s, from);
            var end = Math.Min(e, to);
            if (end <= start || start < position) continue;
            html.Append(WebUtility.HtmlEncode(text[position..start])).Append("<em>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</em>");
            position = end;
        }
        html.Append(WebUtility.HtmlEncode(text[position..to]));
        return html.ToString();
    }
}
