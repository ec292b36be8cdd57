namespace CallCenter.Knowledge;

public sealed class SynonymTableTests
{
    private static readonly SynonymTable Table = new([
        ["暖气", "供暖", "采暖"],
        ["暖气片", "散热器", "片子"],
        ["不热", "温度低", "不暖和", "冰凉", "发凉", "凉", "冷", "不太热"],
        ["地暖", "地热"],
        ["排气", "放气", "放风"],
    ]);

    [Fact]
    public void Should_Rewrite_Every_Word_At_Once_Into_The_Articles_Words_First()
    {
        Table.Variants("地热放风")[0].ShouldBe("地暖排气");
    }

    [Fact]
    public void Should_Rewrite_A_Callers_Word_Only_Into_The_First_Members_Of_Its_Group()
    {
        var variants = Table.Variants("屋里冷");

        variants.ShouldContain("屋里温度低");
        variants.ShouldNotContain("屋里不太热");
        // The whole query in the articles' words, then at most five re-writings of the one word.
        variants.Count.ShouldBeLessThanOrEqualTo(SynonymTable.TargetsPerGroup + 1);
    }

    [Fact]
    public void Should_Not_Rewrite_A_Word_That_Only_Occurs_Inside_A_Longer_Member()
    {
        var variants = Table.Variants("暖气片不热");

        variants.ShouldNotContain(v => v.Contains("供暖片", StringComparison.Ordinal));
        variants.ShouldContain("散热器不热");
    }
}
