using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.ScreenPop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Customers;

/// <summary>
/// The screen pop runs prepared SQL on pooled DbContexts. Both are easy to get wrong for station scope: a prepared
/// statement could bake in the first caller's scope values, a pooled context could keep the last user.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CallerLookupScopeTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private const string ShowcasePhone = "13800138000"; // 王秀英, station HR01

    [Fact]
    public async Task Should_Apply_Each_Callers_Station_Scope_On_Reused_Contexts()
    {
        var hr01 = await StationIdAsync("HR01");
        var hr02 = await StationIdAsync("HR02");

        // Interleaved, so the same pooled context and the same prepared statement serve different users in turn.
        for (var round = 0; round < 3; round++)
        {
            (await LookupAsAsync(new ScopedUser(hr02))).ShouldBeEmpty();
            (await LookupAsAsync(AnonymousCurrentUser.Instance)).ShouldHaveSingleItem().Name.ShouldBe("王秀英");
            (await LookupAsAsync(new ScopedUser(hr01))).ShouldHaveSingleItem().StationName.ShouldBe("阳光换热站");
            (await LookupAsAsync(new ScopedUser(null))).ShouldBeEmpty(); // scoped without a station sees nothing
        }
    }

    private async Task<IReadOnlyList<ScreenPopHouseholdDto>> LookupAsAsync(ICurrentUser user)
    {
        using var scope = factory.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().CurrentUser = user;
        return (await scope.ServiceProvider.GetRequiredService<IScreenPopAppService>().LookupAsync(ShowcasePhone)).Households;
    }

    private async Task<Guid> StationIdAsync(string code)
    {
        using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Stations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }

    private sealed class ScopedUser(Guid? station) : ICurrentUser
    {
        public Guid? Id => Guid.Empty;
        public string? UserName => "scoped-test-user";
        public Guid? ScopedStationId => station ?? Guid.Empty;
        public bool IsStationScoped => true;
    }
}
