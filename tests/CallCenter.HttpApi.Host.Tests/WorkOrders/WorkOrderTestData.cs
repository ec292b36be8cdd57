using System.Net.Http.Json;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.WorkOrders;

namespace CallCenter.WorkOrders;

/// <summary>Shared helpers of the work-order API tests: seeded categories, a station HR01 household, orders in a given state.</summary>
public static class WorkOrderTestData
{
    public static async Task<Guid> CategoryAsync(HttpClient client, string code) =>
        (await (await client.GetAsync("/api/disposition-tree")).ShouldSucceedWith<List<DispositionNodeDto>>()).Single(n => n.Code == code).Id;

    public static async Task<Guid> Hr01HouseholdAsync(HttpClient admin) => await Customers.HouseholdApiTests.ShowcaseIdAsync(admin);

    public static async Task<Guid> UserIdAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync("/api/work-orders/technicians")).ShouldSucceedWith<List<TechnicianWorkloadDto>>()).Single(t => t.UserName == userName).UserId;

    public static async Task<WorkOrderDto> CreateRepairAsync(HttpClient client, HttpClient admin, string code = "BX-BR", bool autoDispatch = true) =>
        await (await client.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
        {
            Type = WorkOrderType.Repair, CategoryId = await CategoryAsync(admin, code), HouseholdId = await Hr01HouseholdAsync(admin),
            FaultSymptom = "暖气不热", ReportedIndoorTempC = 14, AutoDispatch = autoDispatch,
        }, Json.Options)).ShouldSucceedWith<WorkOrderDto>();

    /// <summary>A repair at HR01 assigned to tech1.</summary>
    public static async Task<WorkOrderDto> AssignedToTech1Async(HttpClient admin)
    {
        var order = await CreateRepairAsync(admin, admin);
        return await (await admin.PostAsJsonAsync($"/api/work-orders/{order.Id}/assign", new AssignWorkOrderDto(await UserIdAsync(admin, "tech1")), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();
    }

    public static async Task<WorkOrderDto> ActAsync(HttpClient tech, Guid id, TechnicianAction action, string? key = null, decimal? temp = null) =>
        (await (await tech.PostAsJsonAsync($"/api/work-orders/{id}/actions",
            new TechnicianActionDto { IdempotencyKey = key ?? Guid.NewGuid().ToString(), Action = action, IndoorTempC = temp, ResolutionNotes = "已处理" }, Json.Options))
            .ShouldSucceedWith<TechnicianActionResultDto>()).WorkOrder;

    public static async Task<WorkOrderDto> ResolvedAsync(HttpClient admin, HttpClient tech1)
    {
        var order = await AssignedToTech1Async(admin);
        await ActAsync(tech1, order.Id, TechnicianAction.Accept);
        await ActAsync(tech1, order.Id, TechnicianAction.Arrive);
        return await ActAsync(tech1, order.Id, TechnicianAction.Resolve);
    }

    public static byte[] Png1x1 { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
