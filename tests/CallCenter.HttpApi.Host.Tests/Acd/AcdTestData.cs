using CallCenter.Acd;
using CallCenter.Common;
using CallCenter.Identity;

namespace CallCenter.Acd;

/// <summary>Requests the ACD tests and the permission matrix share.</summary>
public static class AcdTestData
{
    private static int _counter;

    public static string UniqueSuffix() => Interlocked.Increment(ref _counter).ToString("D3") + Random.Shared.Next(100, 999);

    public static CreateUpdateAcdQueueDto NewQueue(string? name = null) => new()
    {
        Name = name ?? "测试组" + UniqueSuffix(), Skill = "测试", MinLevel = 3, Strategy = RoutingStrategy.FewestCalls,
        RingTimeoutSeconds = 20, WrapUpSeconds = 45, MaxWaitSeconds = 0, AnnounceEverySeconds = 30,
    };

    public static async Task<Guid> UserIdAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync($"/api/users?filter={userName}&pageSize=50")).ShouldSucceedWith<PagedResultDto<UserDto>>())
        .Items.Single(u => u.UserName == userName).Id;

    public static async Task<AcdQueueDefinitionDto> QueueNamedAsync(HttpClient client, string name) =>
        (await (await client.GetAsync("/api/acd/queues")).ShouldSucceedWith<List<AcdQueueDefinitionDto>>()).Single(q => q.Name == name);
}
