namespace CallCenter.Stations;

public sealed class StationTests
{
    [Fact]
    public void Should_Rename_Reassign_And_Deactivate_Only_Through_Its_Intent_Methods()
    {
        var department = Guid.NewGuid();
        var station = new Station(" HR01 ", " 示范换热站 ", " 道里区 ", "+8645100000001", department);
        (station.Code, station.Name, station.District, station.DispatchPhone, station.DepartmentId, station.IsActive)
            .ShouldBe(("HR01", "示范换热站", "道里区", "+8645100000001", (Guid?)department, true));

        station.Rename("HR09", "新站", "南岗区");
        station.ReportTo(null, null);
        station.SetActive(false);

        (station.Code, station.Name, station.District, station.DispatchPhone, station.DepartmentId, station.IsActive)
            .ShouldBe(("HR09", "新站", "南岗区", (string?)null, (Guid?)null, false));
    }

    [Fact]
    public void Should_Keep_Each_Community_Once_And_Drop_Those_No_Longer_Served()
    {
        var station = new Station("HR01", "示范换热站", "道里区");

        station.SetCommunities(["示范小区", " 示范小区 ", "", "河畔花园"]);
        station.SetCommunities(["河畔花园", "新城"]);

        station.Communities.Select(c => c.Community).ShouldBe(["新城", "河畔花园"], ignoreOrder: true);
    }
}
