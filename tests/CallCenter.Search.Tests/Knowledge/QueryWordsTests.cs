namespace CallCenter.Knowledge;

public sealed class QueryWordsTests
{
    [Fact]
    public void Should_Count_Only_Bigrams_Inside_One_Word_Towards_The_Minimum()
    {
        // Every bigram is taken as known here; "片炸", "子都", "是热" cross words of the caller's sentence.
        const string text = "暖气片炸满屋子都是热水";
        var all = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, text).Distinct().ToList();

        var counted = KnowledgeQueryBuilder.CountTowardsMinimum(text, all);

        counted.ShouldContain("暖气");
        counted.ShouldContain("热水");
        counted.ShouldNotContain("片炸");
        counted.ShouldNotContain("是热");
        counted.Count.ShouldBeLessThan(all.Count);
    }
}
