using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Customers;

/// <summary>One of a household's phones, stored normalized (E.164) so a caller number finds it by index.</summary>
public sealed class HouseholdPhone : Entity, IAuditedChild
{
    public Guid HouseholdId { get; private set; }
    /// <summary>E.164, e.g. +8645188881234.</summary>
    public string Number { get; private set; } = "";
    public string? Extension { get; private set; }
    public PhoneKind Kind { get; private set; }
    public bool IsPrimary { get; internal set; }

    private HouseholdPhone() { }

    internal HouseholdPhone(Guid householdId, Phones.NormalizedPhone phone, bool isPrimary)
    {
        HouseholdId = householdId;
        Number = phone.E164;
        Extension = phone.Extension;
        Kind = phone.Kind;
        IsPrimary = isPrimary;
    }

    Guid IAuditedChild.ParentId => HouseholdId;
    string IAuditedChild.AuditFieldName => "Phone";
    string IAuditedChild.AuditDisplayValue => (IsPrimary ? "*" : "") + Number + (Extension is null ? "" : " ext. " + Extension);
}
