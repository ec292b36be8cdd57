using CallCenter.WorkOrders;

namespace CallCenter.Seeding.WorkOrders;

/// <summary>The disposition tree (归档树) a heating hotline starts with; codes are stable, names editable afterwards.</summary>
public static class DispositionTreeSeed
{
    public static readonly (string Code, string Name, string? Parent, WorkOrderType? Opens, Urgency? Urgency)[] All =
    [
        ("BX", "报修", null, null, null),
        ("BX-BR", "不热", "BX", WorkOrderType.Repair, Urgency.Medium),
        ("BX-LS", "漏水", "BX", WorkOrderType.Repair, Urgency.High),
        ("BX-FM", "阀门故障", "BX", WorkOrderType.Repair, Urgency.Medium),
        ("BX-ZS", "噪音", "BX", WorkOrderType.Repair, Urgency.Low),
        ("BX-TR", "停热", "BX", WorkOrderType.Repair, Urgency.High),
        ("ZX", "咨询", null, null, null),
        ("ZX-SF", "收费", "ZX", null, null),
        ("ZX-GR", "供热时间", "ZX", null, null),
        ("ZX-BT", "报停/复供", "ZX", null, null),
        ("TS", "投诉", null, null, null),
        ("TS-FW", "服务态度", "TS", WorkOrderType.Complaint, Urgency.Medium),
        ("TS-WD", "室温不达标", "TS", WorkOrderType.Complaint, Urgency.Medium),
        ("TS-YS", "维修不及时", "TS", WorkOrderType.Complaint, Urgency.Medium),
        ("TS-SF", "收费争议", "TS", WorkOrderType.Complaint, Urgency.Low),
        ("JY", "建议/表扬", null, null, null),
        ("QT", "其他", null, null, null),
    ];
}
