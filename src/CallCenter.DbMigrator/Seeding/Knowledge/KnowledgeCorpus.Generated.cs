using CallCenter.Knowledge;

namespace CallCenter.Seeding.Knowledge;

public static partial class KnowledgeCorpus
{
    private static readonly (string District, string Address, string Hours)[] ServiceHalls =
    [
        ("南岗区", "南岗区学府路168号", "8:30—17:00"), ("道里区", "道里区友谊路320号", "8:30—17:00"),
        ("道外区", "道外区南勋街55号", "8:30—16:30"), ("香坊区", "香坊区红旗大街210号", "8:30—17:00"),
        ("松北区", "松北区世茂大道99号", "9:00—17:00"), ("平房区", "平房区友协大街18号", "8:30—16:30"),
        ("呼兰区", "呼兰区兰河大街66号", "8:30—16:30"), ("阿城区", "阿城区延川大街12号", "8:30—16:30"),
    ];

    private static readonly (string Name, string Steps)[] Channels =
    [
        ("微信公众号", "关注公司微信公众号；点击“我的服务—缴费”；输入或绑定户号；核对金额后微信支付；支付成功后可申请电子发票"),
        ("支付宝生活缴费", "打开支付宝“生活缴费”；选择“供暖费”和本公司；输入户号并核对户主姓名；确认金额付款"),
        ("公司APP", "在应用商店下载公司APP并注册；绑定户号；在首页点击“缴费”；选择支付方式完成缴费"),
        ("银行柜台", "携带户号到合作银行任一网点；告知柜员缴纳供暖费；核对户主姓名和金额；保留缴费回单"),
        ("营业厅", "携带户号或缴费单到任一营业厅；可使用现金、银行卡或扫码支付；可当场开具纸质发票"),
        ("自助缴费机", "在营业厅或社区服务站的自助缴费机上选择“供暖缴费”；输入户号；插卡或扫码支付；打印缴费凭条"),
        ("银行代扣", "携带银行卡和身份证到合作银行签订代扣协议；每年缴费期自动扣款；扣款前短信提醒"),
        ("社区代收点", "到所在社区服务站代收点；提供户号；现金或扫码缴费；领取代收凭证，凭证可到营业厅换开发票"),
    ];

    private static readonly (string Type, string Care)[] RadiatorTypes =
    [
        ("铸铁暖气片", "铸铁暖气片耐腐蚀、寿命长，但片内易沉积杂质，建议每3到5年清洗一次"),
        ("钢制暖气片", "钢制暖气片怕氧化腐蚀，非供暖期应保持满水，不要放空"),
        ("铜铝复合暖气片", "铜铝复合暖气片散热快，注意接口处不要受力，以免渗漏"),
        ("钢铝复合暖气片", "钢铝复合暖气片重量轻，挂装需牢固，排气阀位于顶部一侧"),
        ("柱翼型暖气片", "柱翼型暖气片表面积大，不要用暖气罩完全包住，否则影响散热"),
        ("卫浴暖气片", "卫浴暖气片可搭挂毛巾，但不要覆盖过多湿物，防止锈蚀"),
        ("铝合金暖气片", "铝合金暖气片不耐碱性水，供暖水质异常时容易腐蚀渗漏"),
        ("暖气罩内的暖气片", "加装暖气罩会使散热减少约两成，室温偏低时建议拆除或改用镂空罩"),
    ];

    private static readonly (string Title, string Keywords, string Answer)[] Monthly =
    [
        ("10月开栓前的准备工作", "开栓，开栓前，准备，检查阀门", "开栓前请检查户内阀门和排气阀是否关好，注水期间家中留人，发现渗漏立即报修。"),
        ("11月正式供暖初期常见问题", "供暖初期，刚来暖气，初期不热", "供暖初期管网内空气较多，暖气不热时请先排气，排气后一般即可正常。"),
        ("12月寒潮期间的用热建议", "寒潮，冬季用热，保温", "寒潮期间请关好门窗，不要长时间开窗通风，发现室温明显下降及时报修。"),
        ("1月春节期间报修安排", "春节，过年报修，节假日", "春节期间热线和抢修队伍24小时值班，报修流程与平时相同。"),
        ("3月供暖末期的注意事项", "供暖末期，停暖前，末期", "供暖末期夜间气温仍低，请勿自行关闭阀门，停暖后再做户内检修。"),
        ("4月停暖后的设施保养", "停暖后，保养，非供暖期", "停暖后请保持暖气系统满水，不要放水，非供暖期是清洗和改造的最佳时间。"),
    ];

    private static readonly (string Code, string Title, string Keywords, string Answer)[] Online =
    [
        ("KB-0301", "微信公众号如何绑定户号", "绑定户号，公众号绑定，关注公众号", "关注公众号后点击“我的—户号管理—添加户号”，输入户号和户主姓名即可绑定，一个微信可绑定多个户号。"),
        ("KB-0302", "在APP上在线报修", "在线报修，APP报修，网上报修", "在APP首页点击“我要报修”，选择问题类型并描述情况，可上传照片，提交后可实时查看维修进度。"),
        ("KB-0303", "如何查询维修工单进度", "维修进度，工单进度，什么时候来人，报修进度", "可在公众号或APP“我的工单”中查看进度，也可来电提供户号由我们查询。"),
        ("KB-0304", "公众号查询缴费记录", "缴费记录，查账单，历年缴费", "在公众号“我的账单”中可查询近五个供暖期的缴费记录和发票。"),
        ("KB-0305", "线上办理报停的步骤", "线上报停，网上报停，公众号报停", "在公众号“业务办理—报停申请”中上传房产证和身份证照片，审核通过后短信通知，截止日期为10月15日。"),
        ("KB-0306", "Wi-Fi智能温控器联网设置", "wifi温控器，智能温控，温控器联网，远程调温", "长按温控器设置键进入配网模式，在APP中选择“添加设备”并连接家中2.4G Wi-Fi，即可远程调节温度。"),
    ];

    private static readonly (string Code, string Title, string Keywords, string Answer)[] Drafts =
    [
        ("KB-9901", "2026—2027供暖季收费标准调整说明（征求意见稿）", "调价，收费调整，征求意见", "收费标准调整方案尚在征求意见阶段，正式标准以物价部门批复为准。"),
        ("KB-9902", "老旧小区管网改造补贴政策（草稿）", "管网改造，补贴，老旧小区", "老旧小区改造补贴政策待审批，审批前不得对外解释。"),
        ("KB-9903", "智能热表更换计划（内部草稿）", "热表更换，智能热表", "智能热表更换计划尚未确定，请勿对外承诺更换时间。"),
        ("KB-9904", "供热服务满意度回访新话术（试行稿）", "回访话术，满意度，回访", "新回访话术试行中，正式版本发布后替换。"),
        ("KB-9905", "热线夜间值班排班规则（草稿）", "夜班，排班，值班", "夜间值班排班规则待部门确认。"),
    ];

    private static IEnumerable<KnowledgeSeedArticle> Generated()
    {
        var n = 0;
        foreach (var (district, address, hours) in ServiceHalls)
            yield return A($"KB-3{++n:D3}", "account.change", $"{district}供热营业厅地址与办理时间", $"{district}营业厅，营业厅地址，办理时间，{district}",
                $"{district}供热营业厅位于{address}，办理时间为工作日{hours}，供暖期内周六照常营业。",
                $"营业厅地址：{address}；办理时间：工作日{hours}，供暖期周六营业；可办理缴费、报停、过户、发票、退费",
                "告知营业厅地址和办理时间；提醒携带户号和身份证；可线上办理的优先推荐线上渠道");
        n = 0;
        foreach (var (code, name, district, _, _, communities) in DemoStations.All)
            yield return A($"KB-4{++n:D3}", "network.station", $"{name}供热范围与报修说明", $"{name}，{code}，{district}，服务范围",
                $"{name}位于{district}，负责{string.Join("、", communities)}的供热，报修请拨打供热服务热线，由热线派单到站。",
                $"服务小区：{string.Join("、", communities)}；所属区域：{district}；站内24小时值班",
                "核实用户小区是否在该站服务范围内；报修统一派发到该站；换热站故障时查询站内抢修工单", ArticleAudience.Internal);
        n = 0;
        foreach (var (_, name, district, _, _, communities) in DemoStations.All)
        {
            foreach (var community in communities)
            {
                n++;
                var floor = n % 3 == 0;
                yield return A($"KB-5{n:D3}", "network.community", $"{community}供热信息", $"{community}，{district}，{name}",
                    $"{community}位于{district}，由{name}供热，户内为{(floor ? "地暖" : "暖气片")}采暖，报修请提供户号和楼号。",
                    $"所属换热站：{name}；采暖方式：{(floor ? "地板辐射采暖（地暖）" : "散热器（暖气片）")}；二次管网改造年份：{2012 + n % 12}年",
                    $"核实用户楼号单元；{(floor ? "地暖问题先指导检查分水器" : "暖气片问题先指导排气")}；派单到{name}");
                yield return A($"KB-6{n:D3}", "emergency.outage", $"{community}管网抢修临时停热通知（2025年12月）", $"{community}，停热通知，抢修",
                    $"因二次管网抢修，{community}于2025年12月{n % 28 + 1}日临时停热，预计8小时内恢复。",
                    "二次管网焊口渗漏需停水抢修", "告知停热原因和预计恢复时间；恢复后仍不热的派发维修工单",
                    ArticleAudience.Public, ArticleStatus.Archived);
            }
        }
        n = 0;
        foreach (var (channel, steps) in Channels)
            yield return A($"KB-7{++n:D3}", "fees.payment", $"通过{channel}缴纳供暖费的步骤", $"{channel}，{channel}缴费，缴费步骤",
                $"通过{channel}缴费：{steps.Split('；')[0]}，按提示完成支付即可，缴费后可随时查询缴费记录。",
                $"{channel}缴费全年可用；缴费期为每年10月31日前", steps);
        n = 0;
        foreach (var (type, care) in RadiatorTypes)
            yield return A($"KB-9{++n:D3}", "quality.air", $"{type}的使用与保养", $"{type}，暖气片保养，暖气片类型",
                care + "；如出现不热或渗漏请报修。", $"{care}；暖气片表面不要覆盖衣物；不要私自拆改",
                "询问暖气片类型和安装年份；按类型给出保养建议；需要清洗或更换的派发有偿服务工单");
        n = 0;
        foreach (var (title, keywords, answer) in Monthly)
            yield return A($"KB-8{++n:D3}", "period", title, keywords, answer, "依据公司供暖运行计划；季节性提示每年更新",
                "按月份向用户说明注意事项；有具体问题的按对应知识处理");
        foreach (var (code, title, keywords, answer) in Online)
            yield return A(code, code == "KB-0306" ? "quality.temp" : "account.change", title, keywords, answer,
                "线上渠道7×24小时可用；需先绑定户号", "指导用户按步骤操作；操作失败的记录手机型号和报错信息");
        foreach (var (code, title, keywords, answer) in Drafts)
            yield return A(code, "service.script", title, keywords, answer, "内容待审核", "审核通过前不得对外使用",
                ArticleAudience.Internal, ArticleStatus.Draft);
    }
}
