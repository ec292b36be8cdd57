namespace CallCenter.Customers;

/// <summary>A household's address the way Chinese utilities file it: district, community (小区), building, unit, room.</summary>
public sealed record Address(string District, string Community, string? Building, string? Unit, string? Room)
{
    public override string ToString() => string.Join(" ", new[]
    {
        District, Community,
        string.IsNullOrWhiteSpace(Building) ? null : Building + "栋",
        string.IsNullOrWhiteSpace(Unit) ? null : Unit + "单元",
        Room,
    }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
