using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CallCenter.Knowledge;

/// <summary>
/// Keeps SmartCn's words of two or more characters and joins runs of one-character Chinese words into bigrams.
/// Why: SmartCn's dictionary does not know the trade's words ("爆管", "放风") and splits them into single characters
/// ("爆" "管"); a single character is in nearly every article, but the pair of adjacent single characters is the
/// unknown word (or at least part of it). Punctuation and other single characters are dropped.
/// </summary>
internal sealed class JoinSingleCharactersFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char? _previous;
    private int _previousStart;
    private int _previousEnd;

    public JoinSingleCharactersFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var start = _offset.StartOffset;
            var end = _offset.EndOffset;
            if (_term.Length == 1 && IsHan(_term.Buffer[0]))
            {
                var current = _term.Buffer[0];
                var joins = _previous is { } previous && _previousEnd == start;
                var (first, firstStart) = (_previous, _previousStart);
                (_previous, _previousStart, _previousEnd) = (current, start, end);
                if (!joins) continue;
                _term.SetEmpty().Append(first!.Value).Append(current);
                _offset.SetOffset(firstStart, end);
                return true;
            }
            _previous = null;
            if (_term.Length >= 2) return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
