using System.Text;

namespace CallCenter.Knowledge;

/// <summary>
/// Callers speak in whole sentences ("我家暖气怎么不热了啊"). Dropping the filler joins the words that matter, so
/// their bigrams ("气不") match articles that say "暖气不热", and filler bigrams ("么不") no longer dilute the score.
/// </summary>
public static class QueryNormalizer
{
    // Longest first, so "怎么回事" goes before "怎么".
    private static readonly string[] Fillers =
    [
        // How a phone call opens or hedges: the agent types it along, it names no problem.
        "我想问一下", "想问一下", "我想咨询一下", "咨询一下", "问一下", "我跟你说", "跟你说", "是这样的", "麻烦你", "麻烦",
        "那个", "这个", "就是说", "就是", "到底", "根本", "简直", "实在", "得要命", "得很", "一下", "嗯", "呃", "哎", "唉",
        "怎么回事", "咋整", "怎么整", "咋弄", "干啥", "干什么", "怎么办呢", "怎么办", "怎么弄", "怎么样", "为什么", "为啥", "咋回事", "咋办", "请问一下", "请问", "你好", "您好",
        "我们家", "我家里", "我家", "咱家", "家里", "一直都", "一直", "有点儿", "有点", "一点", "还是", "是不是", "能不能", "可不可以",
        "可以", "怎么", "咋", "啥", "了", "吗", "呢", "啊", "呀", "吧", "的", "嘛", "哦", "喂", "我",
    ];

    public static string Normalize(string query)
    {
        var text = new StringBuilder(query.Trim());
        // A softened negation is still the negation the articles use: "不太热", "不怎么热" are "不热".
        text.Replace("不太", "不").Replace("不怎么", "不");
        foreach (var filler in Fillers) text.Replace(filler, "");
        var result = text.ToString().Trim();
        // A query that was nothing but filler keeps its words rather than becoming empty.
        return result.Length == 0 ? query.Trim() : result;
    }
}
