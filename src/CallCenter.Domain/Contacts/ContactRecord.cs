using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Contacts;

/// <summary>
/// One contact (服务请求): a call, visit, web form, e-mail, SMS or 12345 transfer, linked to a household or just a
/// caller number, with its category from the disposition tree and whether the first contact settled it.
/// </summary>
[Audited("Contact")]
public sealed class ContactRecord : AuditedAggregateRoot
{
    public string Number { get; private set; } = "";
    public DateTimeOffset Time { get; private set; }
    public ContactChannel Channel { get; private set; }
    public Guid? HouseholdId { get; private set; }
    /// <summary>The household's station when recorded, so station-scoped reads filter without a join.</summary>
    public Guid? StationId { get; private set; }
    public string? CallerNumber { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid? AgentId { get; private set; }
    public string? AgentName { get; private set; }
    public string? Notes { get; set; }
    public bool ResolvedOnFirstContact { get; set; }
    public string? CallId { get; private set; }
    public Guid? WorkOrderId { get; set; }

    private ContactRecord() { }

    public ContactRecord(string number, DateTimeOffset time, ContactChannel channel, Guid? householdId, Guid? stationId, string? callerNumber,
        Guid categoryId, Guid? agentId, string? agentName, string? callId)
    {
        Number = number;
        Time = time;
        Channel = channel;
        HouseholdId = householdId;
        StationId = stationId;
        CallerNumber = callerNumber;
        CategoryId = categoryId;
        AgentId = agentId;
        AgentName = agentName;
        CallId = callId;
    }
}
