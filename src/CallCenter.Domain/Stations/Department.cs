using CallCenter.Entities;

namespace CallCenter.Stations;

/// <summary>An organizational unit (e.g. 客服中心, 运行调度部, 南岗分公司) that owns stations and teams.</summary>
public sealed class Department : AuditedAggregateRoot
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}
