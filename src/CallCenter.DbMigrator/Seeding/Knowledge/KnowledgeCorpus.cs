using System.Text;
using CallCenter.Knowledge;

namespace CallCenter.Seeding.Knowledge;

/// <summary>
/// The seeded knowledge base of the demo heating company: hand-written core articles (the problems callers
/// actually phone about) plus articles generated from the demo organization (districts, stations, communities,
/// payment channels). Deterministic: the same codes and texts on every run.
/// </summary>
public static partial class KnowledgeCorpus
{
    // Lazy: the tables in the other parts of this class are static fields, initialized in an order C# leaves open.
    private static readonly Lazy<IReadOnlyList<KnowledgeSeedArticle>> Articles =
        new(() => [.. new[] { Quality(), FeesAndAccount(), ServiceAndEmergency(), Generated() }.SelectMany(a => a)
            .Select(a => a with { Questions = QuestionsOf(a) })]);

    public static IReadOnlyList<KnowledgeSeedArticle> All => Articles.Value;

    // The tip each category's articles close with: what agents most often get wrong there.
    private static readonly Dictionary<string, string> Tips = new()
    {
        ["quality"] = "先核实户号、地址和是否欠费报停，再询问是全屋不热还是个别房间不热、是否刚排过气，便于判断是户内问题还是管网问题。",
        ["fees"] = "收费口径以物价部门核定标准为准，话务员不得承诺减免；涉及金额请以系统账单为准。",
        ["account"] = "办理业务须核实户主身份：户号、户主姓名、身份证后四位，代办需提供委托书。",
        ["period"] = "供暖期如因气温调整，以公司官网和微信公众号发布的通知为准。",
        ["service"] = "全程使用文明用语，不推诿、不争辩；投诉类工单须在24小时内首次联系用户。",
        ["emergency"] = "漏水、爆管属紧急情况：先指导用户关闭阀门、切断电源、转移贵重物品，并立即派发紧急工单。",
        ["network"] = "换热站调度电话仅供内部联络，不得直接告知用户；用户报修统一走热线工单。",
    };

    private static KnowledgeSeedArticle A(string code, string category, string title, string keywords, string answer, string causes,
        string steps, ArticleAudience audience = ArticleAudience.Public, ArticleStatus status = ArticleStatus.Published)
    {
        var body = new StringBuilder();
        body.Append("## 适用情形\n\n用户来电反映或咨询：").Append(title).Append("。\n\n");
        body.Append(category.StartsWith("fees", StringComparison.Ordinal) || category.StartsWith("account", StringComparison.Ordinal)
            || category.StartsWith("period", StringComparison.Ordinal) ? "## 政策说明\n\n" : "## 可能原因\n\n");
        foreach (var cause in causes.Split('；', StringSplitOptions.RemoveEmptyEntries)) body.Append("- ").Append(cause).Append('\n');
        body.Append("\n## 处理步骤\n\n");
        var i = 1;
        foreach (var step in steps.Split('；', StringSplitOptions.RemoveEmptyEntries)) body.Append(i++).Append(". ").Append(step).Append('\n');
        body.Append("\n## 注意事项\n\n").Append(Tips[category.Split('.')[0]]).Append('\n');
        return new KnowledgeSeedArticle(code, category, title, keywords.Split('，', StringSplitOptions.RemoveEmptyEntries), answer,
            body.ToString(), audience, status);
    }
}
