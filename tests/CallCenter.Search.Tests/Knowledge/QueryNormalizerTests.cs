namespace CallCenter.Knowledge;

public sealed class QueryNormalizerTests
{
    [Theory]
    [InlineData("我家暖气怎么不热了啊", "暖气不热")]
    [InlineData("请问怎么报停", "报停")]
    [InlineData("暖气片 排气阀", "暖气片 排气阀")]
    [InlineData("怎么办", "怎么办")]
    [InlineData("喂你好那个我想问一下我家暖气不太热", "暖气不热")]
    public void Should_Drop_Filler_But_Never_Empty_The_Query(string query, string expected)
    {
        QueryNormalizer.Normalize(query).ShouldBe(expected);
    }
}
