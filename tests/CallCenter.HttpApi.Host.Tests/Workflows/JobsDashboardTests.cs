namespace CallCenter.Workflows;

/// <summary>Hangfire's dashboard (/hangfire) on the real host: for those who manage workflow instances, nobody else.</summary>
[Collection(ApiCollection.Name)]
public sealed class JobsDashboardTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Theory]
    [InlineData("admin")]
    [InlineData("supervisor")]
    public async Task Should_Show_The_Dashboard_To_Those_Who_Manage_Instances(string userName)
    {
        var client = await factory.ClientForAsync(userName);

        var page = await client.GetAsync("/hangfire");
        var stats = await client.PostAsync("/hangfire/stats", new FormUrlEncodedContent([new("metrics[]", "scheduled:count")]));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("CallCenter · Hangfire");
        stats.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stats.Content.ReadAsStringAsync()).ShouldContain("scheduled:count");
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("analyst")]
    [InlineData("dispatcher")]
    public async Task Should_Refuse_The_Dashboard_And_Its_Json_To_Everyone_Else(string userName)
    {
        var client = await factory.ClientForAsync(userName);

        (await client.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/hangfire/jobs/scheduled")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync("/hangfire/stats", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Answer_401_To_Nobody_Signed_In()
    {
        using var anonymous = factory.CreateClient();

        (await anonymous.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
