namespace CallCenter.Knowledge;

public sealed class OffsetHighlighterTests
{
    private static readonly HashSet<string> Terms = ["暖气", "气片", "排气", "app"];

    [Fact]
    public void Should_Merge_Overlapping_Bigrams_Into_One_Highlight()
    {
        OffsetHighlighter.Highlight("暖气片排气方法", Terms).ShouldBe("<em>暖气片排气</em>方法");
    }

    [Fact]
    public void Should_Escape_Html_Around_And_Inside_Highlights()
    {
        OffsetHighlighter.Highlight("<b>APP</b>里的暖气", Terms).ShouldBe("&lt;b&gt;<em>APP</em>&lt;/b&gt;里的<em>暖气</em>");
    }

    [Fact]
    public void Should_Cut_A_Snippet_Around_The_Densest_Matches()
    {
        var text = new string('无', 300) + "。请先打开暖气片排气阀排气。" + new string('尾', 300);

        var snippet = OffsetHighlighter.Snippet(text, Terms, 60);

        snippet.ShouldStartWith("…请先打开<em>暖气片排气</em>阀<em>排气</em>。");
        snippet.ShouldEndWith("…");
        snippet.Replace("<em>", "").Replace("</em>", "").Length.ShouldBeLessThanOrEqualTo(62);
    }

    [Fact]
    public void Should_Start_At_The_Beginning_When_Nothing_Matches()
    {
        OffsetHighlighter.Snippet("供暖期为每年10月20日至次年4月20日。", new HashSet<string> { "地暖" }).ShouldBe("供暖期为每年10月20日至次年4月20日。");
    }
}
