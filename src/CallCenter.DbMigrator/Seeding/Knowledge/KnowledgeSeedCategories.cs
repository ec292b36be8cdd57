namespace CallCenter.Seeding.Knowledge;

/// <summary>The seeded category tree (product → problem): code, name, parent code.</summary>
public static class KnowledgeSeedCategories
{
    public static readonly (string Code, string Name, string? Parent)[] All =
    [
        ("quality", "供热质量", null),
        ("quality.notwarm", "暖气不热", "quality"),
        ("quality.air", "排气与管道", "quality"),
        ("quality.floor", "地暖", "quality"),
        ("quality.temp", "室温标准与测温", "quality"),
        ("quality.noise", "噪音与异味", "quality"),
        ("fees", "收费与缴费", null),
        ("fees.rates", "收费标准", "fees"),
        ("fees.payment", "缴费渠道", "fees"),
        ("fees.invoice", "发票与退费", "fees"),
        ("account", "报停与用户业务", null),
        ("account.stop", "报停与恢复供热", "account"),
        ("account.change", "过户与信息变更", "account"),
        ("period", "供暖期", null),
        ("service", "投诉与服务规范", null),
        ("service.complaint", "投诉处理", "service"),
        ("service.script", "服务话术", "service"),
        ("emergency", "漏水与应急", null),
        ("emergency.leak", "漏水跑水", "emergency"),
        ("emergency.outage", "停热与抢修", "emergency"),
        ("network", "换热站与小区", null),
        ("network.station", "换热站", "network"),
        ("network.community", "小区供热信息", "network"),
    ];

    /// <summary>
    /// Synonym groups editors start with; they maintain the table on the knowledge page. The first part says the
    /// articles' words in other ways; the second is how callers say them on the phone (冷/凉/不热乎 for 不热, 咕噜/哗哗
    /// for the flowing-water sound, 开关 for a valve, 暖气费 for 供暖费) and the homophones a pinyin keyboard gives
    /// (暖器, 排汽, 伐门, 叫费). Members are matched after QueryNormalizer has dropped filler (的, 了 …), so
    /// none contains it. Measured on tests/CallCenter.Search.Tests/Relevance/colloquial-set.tsv.
    /// </summary>
    public static readonly string[][] Synonyms =
    [
        ["暖气", "供暖", "采暖", "供热", "暖器", "暖汽"],
        ["不热", "温度低", "不暖和", "冰凉", "发凉", "凉", "冷", "不热乎", "不太热", "不够热", "温乎", "凉凉", "上不来", "不惹"],
        ["暖气片", "散热器", "暖器片", "片子"],
        ["排气阀", "放气阀", "跑风", "排气栓", "排汽阀", "派气阀"],
        ["排气", "放气", "放风", "排汽", "派气"],
        ["漏水", "跑水", "渗水", "滴水", "冒水", "喷水", "淌水", "露水"],
        ["爆管", "爆", "管子裂", "崩", "炸", "淹"],
        ["报停", "停供", "申请停暖", "不用暖气", "不烧暖气"],
        ["缴费", "交费", "交钱", "付费", "叫费"],
        ["供暖费", "取暖费", "采暖费", "热费", "暖气费"],
        ["欠费", "没交钱", "没交费", "没缴费"],
        ["地暖", "地热", "地板采暖"],
        ["分水器", "集分水器"],
        ["过滤器", "过滤网", "除污器"],
        ["投诉", "举报", "反映问题"],
        ["换热站", "热力站", "泵房", "锅炉房"],
        ["室温", "屋里温度", "室内温度", "家里温度"],
        ["测温", "量温度", "测温度", "量室温", "量量温度"],
        ["发票", "票据"],
        ["过户", "更名"],
        ["app", "手机应用", "客户端"],
        ["流水声", "咕噜", "咕咚", "哗哗", "哗啦", "呼噜", "水声"],
        ["敲击声", "咚咚", "当当", "咣咣", "嘎嘣", "敲打"],
        ["异响", "有声音", "动静", "响"],
        ["阀门", "伐门", "开关", "总阀"],
        ["个别房间", "一个房间", "卧室", "一个屋", "次卧", "主卧", "书房", "厨房", "北屋", "卫生间"],
        ["整栋", "全楼", "整个楼", "一栋楼", "整个单元", "好几家"],
        ["停热", "暖气停", "没暖气"],
        ["停电", "断电", "没电"],
        ["新房", "新买房", "刚收房", "刚交房", "新楼盘", "新交房"],
        ["首次", "第一次", "头一次", "头一回"],
        ["开栓", "开通", "开暖气"],
        ["线上", "网上", "手机上"],
        ["商铺", "门市房", "门市", "门脸房", "底商"],
        ["燃气", "煤气", "天然气"],
        ["户号", "护号"],
        ["气堵", "有空气", "存气", "窝气"],
        ["清洗", "冲洗", "洗洗"],
        ["异味", "臭", "有味", "味儿", "难闻"],
        ["冻裂", "冻坏", "冻爆"],
        ["上面", "上边", "上头"],
        ["下面", "下边", "底下", "下头"],
    ];
}
