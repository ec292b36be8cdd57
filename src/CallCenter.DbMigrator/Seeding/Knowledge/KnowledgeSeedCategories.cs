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

    /// <summary>Synonym groups editors start with; they maintain the table on the knowledge page.</summary>
    public static readonly string[][] Synonyms =
    [
        ["暖气", "供暖", "采暖", "供热", "暖器"],
        ["不热", "温度低", "不暖和", "冰凉", "发凉", "凉"],
        ["暖气片", "散热器", "暖器片", "片子"],
        ["排气阀", "放气阀", "跑风", "排气栓"],
        ["漏水", "跑水", "渗水", "滴水"],
        ["报停", "停供", "申请停暖"],
        ["缴费", "交费", "交钱", "付费"],
        ["供暖费", "取暖费", "采暖费", "热费"],
        ["地暖", "地热", "地板采暖"],
        ["分水器", "集分水器"],
        ["投诉", "举报", "反映问题"],
        ["换热站", "热力站"],
        ["室温", "屋里温度", "室内温度", "家里温度"],
        ["发票", "票据"],
        ["过户", "更名"],
        ["app", "手机应用", "客户端"],
    ];
}
