using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CallCenter.Knowledge;

/// <summary>
/// The analysis Elasticsearch's `cjk` analyzer does: Unicode word segmentation (Latin words and numbers stay whole),
/// full-width → half-width, lower case, and overlapping bigrams of Chinese characters. A second analyzer keeps the
/// characters single, for the low-weight typo net.
/// </summary>
public static class KnowledgeAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Bigrams { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    public static Analyzer Unigrams { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>
    /// Words from SmartCn's dictionary and HMM segmentation ("暖气片", "排气阀"), with runs of one-character words
    /// joined into bigrams ("爆" "管" → "爆管", see <see cref="JoinSingleCharactersFilter"/>).
    /// </summary>
    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new HMMChineseTokenizer(reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new JoinSingleCharactersFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The analyzer of each indexed field.</summary>
    public static Analyzer ForIndex { get; } = new PerFieldAnalyzerWrapper(Bigrams,
        new Dictionary<string, Analyzer> { [KnowledgeFields.Unigrams] = Unigrams, [KnowledgeFields.Words] = Words });

    /// <summary>Terms with their character offsets in <paramref name="text"/>.</summary>
    public static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    public static List<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToList();
}
