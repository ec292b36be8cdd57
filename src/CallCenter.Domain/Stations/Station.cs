using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Stations;

/// <summary>A heat-exchange station (换热站): serves a set of communities and receives their repair orders.</summary>
[Audited("Station")]
public sealed class Station : AuditedAggregateRoot
{
    private readonly List<StationCommunity> _communities = [];

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string District { get; set; } = "";
    /// <summary>E.164 of the station's dispatch desk.</summary>
    public string? DispatchPhone { get; set; }
    public Guid? DepartmentId { get; set; }
    public bool IsActive { get; set; } = true;
    public IReadOnlyList<StationCommunity> Communities => _communities;

    private Station() { }

    public Station(string code, string name, string district)
    {
        Code = code.Trim();
        Name = name.Trim();
        District = district.Trim();
    }

    public void SetCommunities(IEnumerable<string> communities)
    {
        var wanted = communities.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        _communities.RemoveAll(c => !wanted.Contains(c.Community));
        foreach (var name in wanted.Where(w => _communities.All(c => c.Community != w)))
            _communities.Add(new StationCommunity(Id, name));
    }
}
