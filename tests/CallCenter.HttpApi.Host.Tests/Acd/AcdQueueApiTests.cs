using CallCenter.Errors;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

[Collection(ApiCollection.Name)]
public sealed class AcdQueueApiTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Store_And_Return_Every_Field_Of_A_Queue()
    {
        var admin = await factory.ClientForAsync("admin");
        var general = await AcdTestData.QueueNamedAsync(admin, "综合组");
        var input = new CreateUpdateAcdQueueDto
        {
            Name = "热线夜班组", Skill = "夜班", MinLevel = 4, Strategy = RoutingStrategy.SkillTopDown,
            Tiers = [new AcdTierDto(9, 0), new AcdTierDto(6, 20), new AcdTierDto(4, 60)],
            RingTimeoutSeconds = 25, WrapUpSeconds = 40, MaxWaitSeconds = 240, OverflowKind = QueueOverflowKind.Queue,
            OverflowTarget = general.Id.ToString().ToUpperInvariant(), JoinWhenEmpty = false, AnnounceEverySeconds = 45,
            UseBusinessHours = true, CallbackEnabled = true,
        };

        var created = await (await admin.PostAsJsonAsync("/api/acd/queues", input, Json.Options)).ShouldSucceedWith<AcdQueueDefinitionDto>();
        var read = await (await admin.GetAsync($"/api/acd/queues/{created.Id}")).ShouldSucceedWith<AcdQueueDefinitionDto>();

        read.ShouldBeEquivalentTo(new AcdQueueDefinitionDto(created.Id, "热线夜班组", "夜班", 4, RoutingStrategy.SkillTopDown,
            new List<AcdTierDto> { new(9, 0), new(6, 20), new(4, 60) }, 25, 40, 240, QueueOverflowKind.Queue,
            general.Id.ToString(), false, 45, true, true));

        var changed = await (await admin.PutAsJsonAsync($"/api/acd/queues/{created.Id}", input with
        {
            Strategy = RoutingStrategy.RingAll, OverflowKind = QueueOverflowKind.Number, OverflowTarget = "04518600 1234".Replace(" ", ""),
        }, Json.Options)).ShouldSucceedWith<AcdQueueDefinitionDto>();
        changed.Strategy.ShouldBe(RoutingStrategy.RingAll);
        changed.Tiers.ShouldBeEmpty("tiers only mean something to skill top-down");
        changed.OverflowTarget.ShouldBe("045186001234");

        (await admin.DeleteAsync($"/api/acd/queues/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/acd/queues/{created.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Queues_With_An_Acd_Code_And_The_Field()
    {
        var admin = await factory.ClientForAsync("admin", "en");
        var repairs = await AcdTestData.QueueNamedAsync(admin, "报修组");
        var general = await AcdTestData.QueueNamedAsync(admin, "综合组");
        async Task Refused(HttpResponseMessage response, HttpStatusCode status, string code, string field) =>
            (await response.ShouldBeProblem(status, code)).ShouldContainKey(field);
        Task<HttpResponseMessage> Post(CreateUpdateAcdQueueDto input) => admin.PostAsJsonAsync("/api/acd/queues", input, Json.Options);
        Task<HttpResponseMessage> Put(Guid id, CreateUpdateAcdQueueDto input) => admin.PutAsJsonAsync($"/api/acd/queues/{id}", input, Json.Options);

        await Refused(await Post(AcdTestData.NewQueue("")), HttpStatusCode.BadRequest, AcdErrorCodes.QueueNameInvalid, "name");
        await Refused(await Post(AcdTestData.NewQueue() with { Skill = " " }), HttpStatusCode.BadRequest, AcdErrorCodes.QueueSkillInvalid, "skill");
        await Refused(await Post(AcdTestData.NewQueue() with { MinLevel = 0 }), HttpStatusCode.BadRequest, AcdErrorCodes.QueueMinLevelOutOfRange, "minLevel");
        await Refused(await Post(AcdTestData.NewQueue() with { Strategy = (RoutingStrategy)42 }), HttpStatusCode.BadRequest, AcdErrorCodes.StrategyUnknown, "strategy");
        await Refused(await Post(AcdTestData.NewQueue() with { Strategy = RoutingStrategy.SkillTopDown, Tiers = [new(8, 30), new(5, 10)] }),
            HttpStatusCode.BadRequest, AcdErrorCodes.TierInvalid, "tiers[1]");
        await Refused(await Post(AcdTestData.NewQueue() with { RingTimeoutSeconds = 2 }), HttpStatusCode.BadRequest, AcdErrorCodes.SecondsOutOfRange, "ringTimeoutSeconds");
        await Refused(await Post(AcdTestData.NewQueue() with { WrapUpSeconds = -1 }), HttpStatusCode.BadRequest, AcdErrorCodes.SecondsOutOfRange, "wrapUpSeconds");
        await Refused(await Post(AcdTestData.NewQueue() with { OverflowKind = QueueOverflowKind.Queue, OverflowTarget = Guid.NewGuid().ToString() }),
            HttpStatusCode.BadRequest, AcdErrorCodes.OverflowQueueUnknown, "overflowTarget");
        await Refused(await Post(AcdTestData.NewQueue() with { OverflowKind = QueueOverflowKind.Number, OverflowTarget = "call me" }),
            HttpStatusCode.BadRequest, AcdErrorCodes.OverflowNumberInvalid, "overflowTarget");
        await Refused(await Put(repairs.Id, Input(repairs) with { OverflowKind = QueueOverflowKind.Queue, OverflowTarget = repairs.Id.ToString() }),
            HttpStatusCode.BadRequest, AcdErrorCodes.OverflowToItself, "overflowTarget");
        // 报修组 overflows to 综合组: 综合组 → 报修组 would send a caller round in a circle.
        await Refused(await Put(general.Id, Input(general) with { OverflowKind = QueueOverflowKind.Queue, OverflowTarget = repairs.Id.ToString() }),
            HttpStatusCode.BadRequest, AcdErrorCodes.OverflowToItself, "overflowTarget");
        await Refused(await Post(AcdTestData.NewQueue("报修组")), HttpStatusCode.Conflict, AcdErrorCodes.QueueNameTaken, "name");
        await (await admin.DeleteAsync($"/api/acd/queues/{general.Id}")).ShouldBeProblem(HttpStatusCode.Conflict, AcdErrorCodes.QueueIsOverflowTarget);

        (await AcdTestData.QueueNamedAsync(admin, "报修组")).ShouldBeEquivalentTo(repairs);
        (await AcdTestData.QueueNamedAsync(admin, "综合组")).ShouldBeEquivalentTo(general);
    }

    [Fact]
    public async Task Should_Validate_And_Store_The_Acd_Settings()
    {
        var admin = await factory.ClientForAsync("admin");
        (await (await admin.GetAsync("/api/acd/settings")).ShouldSucceedWith<AcdSettingsDto>()).NotReadyReasons.ShouldBe(["小休", "用餐", "培训", "会议"]);

        await (await admin.PutAsJsonAsync("/api/acd/settings", new AcdSettingsDto(["小休", "小休"], 60, 3), Json.Options))
            .ShouldBeProblem(HttpStatusCode.BadRequest, AcdErrorCodes.ReasonsInvalid);
        (await (await admin.PutAsJsonAsync("/api/acd/settings", new AcdSettingsDto(["小休"], 60, 0), Json.Options))
            .ShouldBeProblem(HttpStatusCode.BadRequest, AcdErrorCodes.SettingOutOfRange)).ShouldContainKey("missesBeforeNotReady");

        var saved = await (await admin.PutAsJsonAsync("/api/acd/settings", new AcdSettingsDto([" 小休 ", "用餐", "培训", "会议", "处理工单"], 90, 2), Json.Options))
            .ShouldSucceedWith<AcdSettingsDto>();
        saved.ShouldBeEquivalentTo(new AcdSettingsDto(new List<string> { "小休", "用餐", "培训", "会议", "处理工单" }, 90, 2));
        var directory = await factory.Services.GetRequiredService<IAcdDirectoryReader>().LoadAsync();
        directory.NotReadyReasons.ShouldBe(["小休", "用餐", "培训", "会议", "处理工单"]);
        directory.RecoveryPauseSeconds.ShouldBe(90);
        directory.MissesBeforeNotReady.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Tell_Every_Registered_Listener_After_Each_Save_But_Not_After_A_Refused_One()
    {
        var first = new CountingListener();
        var second = new CountingListener();
        // A second host on the same database needs its own knowledge index: Lucene locks the folder.
        var index = Path.Combine(Path.GetTempPath(), "cc-knowledge-" + Guid.NewGuid().ToString("N")[..12]);
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Knowledge:IndexPath", index).ConfigureTestServices(s =>
        {
            s.AddSingleton<IAcdDirectoryListener>(first);
            s.AddSingleton<IAcdDirectoryListener>(second);
        }));
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = (await factory.ClientForAsync("admin")).DefaultRequestHeaders.Authorization;

        var queue = await (await admin.PostAsJsonAsync("/api/acd/queues", AcdTestData.NewQueue(), Json.Options)).ShouldSucceedWith<AcdQueueDefinitionDto>();
        await (await admin.PostAsJsonAsync("/api/acd/queues", AcdTestData.NewQueue(queue.Name), Json.Options))
            .ShouldBeProblem(HttpStatusCode.Conflict, AcdErrorCodes.QueueNameTaken);
        await (await admin.PutAsJsonAsync("/api/acd/settings", new AcdSettingsDto(["小休"], 30, 3), Json.Options)).ShouldSucceedWith<AcdSettingsDto>();
        var userId = await AcdTestData.UserIdAsync(admin, "supervisor");
        await (await admin.PutAsJsonAsync($"/api/acd/agents/{userId}", new UpdateAcdAgentDto { Extension = "8401" }, Json.Options)).ShouldSucceedWith<AcdAgentDto>();
        await (await admin.PostAsync($"/api/acd/agents/{userId}/sip-password", null)).ShouldSucceedWith<SipPasswordDto>();
        (await admin.DeleteAsync($"/api/acd/queues/{queue.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        first.Count.ShouldBe(5);
        second.Count.ShouldBe(5);
        await host.DisposeAsync();
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
    }

    private static CreateUpdateAcdQueueDto Input(AcdQueueDefinitionDto q) => new()
    {
        Name = q.Name, Skill = q.Skill, MinLevel = q.MinLevel, Strategy = q.Strategy, Tiers = q.Tiers, RingTimeoutSeconds = q.RingTimeoutSeconds,
        WrapUpSeconds = q.WrapUpSeconds, MaxWaitSeconds = q.MaxWaitSeconds, OverflowKind = q.OverflowKind, OverflowTarget = q.OverflowTarget,
        JoinWhenEmpty = q.JoinWhenEmpty, AnnounceEverySeconds = q.AnnounceEverySeconds, UseBusinessHours = q.UseBusinessHours,
        CallbackEnabled = q.CallbackEnabled,
    };

    private sealed class CountingListener : IAcdDirectoryListener
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);
        public void DirectoryChanged() => Interlocked.Increment(ref _count);
    }
}
