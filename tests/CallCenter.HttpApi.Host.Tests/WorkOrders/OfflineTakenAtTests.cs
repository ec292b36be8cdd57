using System.Net.Http.Json;
using Shouldly;

namespace CallCenter.WorkOrders;

/// <summary>
/// The technician's offline queue sends each action with takenAt, the moment it was taken on the phone. A step taken
/// in a cellar and uploaded later is recorded at that moment — bounded: never in the future, never before the
/// order's previous step.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OfflineTakenAtTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    [Fact]
    public async Task Should_Record_An_Action_Queued_Offline_At_Its_TakenAt()
    {
        var (admin, tech1) = (await factory.ClientForAsync("admin"), await factory.ClientForAsync("tech1"));
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        factory.Clock.Advance(TimeSpan.FromMinutes(30)); // the technician reaches the cellar, works, comes back up
        var takenAt = Whole(factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(10));

        var accepted = await ActAtAsync(tech1, order.Id, TechnicianAction.Accept, takenAt);
        var arrived = await ActAtAsync(tech1, order.Id, TechnicianAction.Arrive, takenAt + TimeSpan.FromMinutes(2));

        accepted.AcceptedAt.ShouldBe(takenAt);
        accepted.Transitions.Last().Time.ShouldBe(takenAt);
        arrived.ArrivedAt.ShouldBe(takenAt + TimeSpan.FromMinutes(2));
        arrived.Transitions.Last().Time.ShouldBe(takenAt + TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Should_Take_A_TakenAt_In_The_Future_As_Now()
    {
        var (admin, tech1) = (await factory.ClientForAsync("admin"), await factory.ClientForAsync("tech1"));
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = factory.Clock.GetUtcNow();

        var accepted = await ActAtAsync(tech1, order.Id, TechnicianAction.Accept, now + TimeSpan.FromHours(3)); // a phone clock hours ahead

        accepted.AcceptedAt!.Value.ShouldBe(now, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Should_Not_Record_A_Step_Before_The_Orders_Previous_Step()
    {
        var (admin, tech1) = (await factory.ClientForAsync("admin"), await factory.ClientForAsync("tech1"));
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        var assignedAt = order.Transitions.Max(t => t.Time);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var accepted = await ActAtAsync(tech1, order.Id, TechnicianAction.Accept, assignedAt - TimeSpan.FromDays(1)); // a phone clock a day behind
        var arrived = await ActAtAsync(tech1, order.Id, TechnicianAction.Arrive, assignedAt - TimeSpan.FromDays(1));

        accepted.AcceptedAt.ShouldBe(assignedAt);
        arrived.ArrivedAt.ShouldBe(assignedAt);
        arrived.Transitions.Select(t => t.Time).ShouldBeInOrder();
    }

    /// <summary>Whole milliseconds: what survives JSON and timestamptz unchanged.</summary>
    private static DateTimeOffset Whole(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Offset);

    private static async Task<WorkOrderDto> ActAtAsync(HttpClient tech, Guid id, TechnicianAction action, DateTimeOffset takenAt) =>
        (await (await tech.PostAsJsonAsync($"/api/work-orders/{id}/actions",
            new TechnicianActionDto { IdempotencyKey = Guid.NewGuid().ToString(), Action = action, TakenAt = takenAt }, Json.Options))
            .ShouldSucceedWith<TechnicianActionResultDto>()).WorkOrder;
}
