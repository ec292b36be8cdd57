using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Stations;

/// <summary>A heat-exchange station (换热站): serves a set of communities and receives their repair orders.</summary>
[Audited("Station")]
public sealed class Station : AuditedAggregateRoot
{
    private readonly List<StationCommunity> _communities = [];

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string District { get; private set; } = "";
    /// <summary>E.164 of the station's dispatch desk.</summary>
    public string? DispatchPhone { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<StationCommunity> Communities => _communities;

    private Station() { }

    public Station(string code, string name, string district, string? dispatchPhone = null, Guid? departmentId = null)
    {
        Rename(code, name, district);
        DispatchPhone = dispatchPhone;
        DepartmentId = departmentId;
    }

    /// <summary>A new code, name or district (codes are unique: the caller checks that first).</summary>
    public void Rename(string code, string name, string district)
    {
        Code = code.Trim();
        Name = name.Trim();
        District = district.Trim();
    }

    /// <summary>The dispatch desk's number (E.164, already normalized) and the department the station answers to.</summary>
    public void ReportTo(string? dispatchPhone, Guid? departmentId)
    {
        DispatchPhone = dispatchPhone;
        DepartmentId = departmentId;
    }

    /// <summary>Whether the station is in service (shown on the station list; its rows stay either way).</summary>
    public void SetActive(bool isActive) => IsActive = isActive;

    public void SetCommunities(IEnumerable<string> communities)
    {
        var wanted = communities.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        _communities.RemoveAll(c => !wanted.Contains(c.Community));
        foreach (var name in wanted.Where(w => _communities.All(c => c.Community != w)))
            _communities.Add(new StationCommunity(Id, name));
    }
}
