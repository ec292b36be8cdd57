using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CallCenter.Common;
using CallCenter.EntityFrameworkCore;
using CallCenter.Errors;
using CallCenter.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders;

/// <summary>
/// Who sees and moves which order (station scope, the technician's own jobs — enforced in the query, so list,
/// detail and actions all answer 404 for the others), mass incidents, idempotent technician actions and the
/// photo checks, over the API.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrderAccessTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    [Fact]
    public async Task Should_Show_A_Station_Dispatcher_Only_Their_Stations_Orders()
    {
        var admin = await factory.ClientForAsync("admin");
        var station1 = await factory.ClientForAsync("station1"); // HR01
        var hr01Order = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        var hr02Order = await Hr02RepairAsync(admin);

        var list = await (await station1.GetAsync("/api/work-orders?pageSize=200&open=true")).ShouldSucceedWith<PagedResultDto<WorkOrderListItemDto>>();
        var hr01 = await StationIdAsync("HR01");

        list.Items.ShouldContain(w => w.Id == hr01Order.Id);
        list.Items.ShouldAllBe(w => w.StationId == hr01);
        (await station1.GetAsync($"/api/work-orders/{hr02Order.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await station1.PostAsJsonAsync($"/api/work-orders/{hr02Order.Id}/assign",
            new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, "tech2")), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var bulk = await (await station1.PostAsJsonAsync("/api/work-orders/bulk-assign",
            new BulkAssignWorkOrdersDto([hr02Order.Id], await WorkOrderTestData.UserIdAsync(admin, "tech2")), Json.Options)).ShouldSucceedWith<BulkAssignResultDto>();
        bulk.Assigned.ShouldBeEmpty();
        bulk.Failed.ShouldHaveSingleItem().WorkOrderId.ShouldBe(hr02Order.Id);
        var asked = await (await station1.GetAsync($"/api/work-orders?pageSize=200&stationId={await StationIdAsync("HR02")}"))
            .ShouldSucceedWith<PagedResultDto<WorkOrderListItemDto>>();
        asked.Items.ShouldBeEmpty();
        (await GetAsync(admin, hr02Order.Id)).Status.ShouldBe(WorkOrderStatus.DispatchedToStation); // nothing applied
    }

    [Fact]
    public async Task Should_Show_A_Technician_Only_The_Jobs_Assigned_To_Them()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var tech2 = await factory.ClientForAsync("tech2");
        var mine = await WorkOrderTestData.AssignedToTech1Async(admin);
        var unassignedAtMyStation = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        var tech2Job = await Hr02RepairAsync(admin, assignTo: "tech2");

        var jobs = await (await tech1.GetAsync("/api/work-orders/mine")).ShouldSucceedWith<PagedResultDto<WorkOrderListItemDto>>();
        var board = await (await tech1.GetAsync("/api/work-orders?pageSize=200")).ShouldSucceedWith<PagedResultDto<WorkOrderListItemDto>>();
        var tech1Id = await WorkOrderTestData.UserIdAsync(admin, "tech1");

        jobs.Items.ShouldContain(w => w.Id == mine.Id);
        jobs.Items.ShouldAllBe(w => w.AssignedTechnicianId == tech1Id);
        board.Items.ShouldAllBe(w => w.AssignedTechnicianId == tech1Id);
        (await tech1.GetAsync($"/api/work-orders/{unassignedAtMyStation.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech1.GetAsync($"/api/work-orders/{tech2Job.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech2.GetAsync($"/api/work-orders/{mine.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech1.PostAsJsonAsync($"/api/work-orders/{tech2Job.Id}/actions",
            new TechnicianActionDto { IdempotencyKey = Guid.NewGuid().ToString(), Action = TechnicianAction.Accept }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync(admin, tech2Job.Id)).Status.ShouldBe(WorkOrderStatus.Assigned); // nothing applied
    }

    [Fact]
    public async Task Should_Apply_A_Technician_Action_Once_When_The_Same_Key_Comes_Twice()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        var accept = new TechnicianActionDto { IdempotencyKey = "offline-" + Guid.NewGuid(), Action = TechnicianAction.Accept };

        var first = await (await tech1.PostAsJsonAsync($"/api/work-orders/{order.Id}/actions", accept, Json.Options)).ShouldSucceedWith<TechnicianActionResultDto>();
        var second = await (await tech1.PostAsJsonAsync($"/api/work-orders/{order.Id}/actions", accept, Json.Options)).ShouldSucceedWith<TechnicianActionResultDto>();

        first.Replayed.ShouldBeFalse();
        second.Replayed.ShouldBeTrue();
        second.WorkOrder.Status.ShouldBe(WorkOrderStatus.Accepted);
        (await GetAsync(admin, order.Id)).Transitions.Count(t => t.Trigger == WorkOrderTrigger.Accept).ShouldBe(1);
        // The key belongs to that action: reused for another one it is refused, not silently replayed.
        var reused = await tech1.PostAsJsonAsync($"/api/work-orders/{order.Id}/actions", accept with { Action = TechnicianAction.StartTravel }, Json.Options);
        (await reused.ShouldBeProblem(HttpStatusCode.Conflict, WorkOrderErrorCodes.IdempotencyKeyReused)).ShouldContainKey("idempotencyKey");
    }

    [Fact]
    public async Task Should_Apply_Racing_Retries_Of_One_Action_Exactly_Once()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        var accept = new TechnicianActionDto { IdempotencyKey = "race-" + Guid.NewGuid(), Action = TechnicianAction.Accept };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            await (await tech1.PostAsJsonAsync($"/api/work-orders/{order.Id}/actions", accept, Json.Options)).ShouldSucceedWith<TechnicianActionResultDto>()));

        answers.Count(a => !a.Replayed).ShouldBe(1);
        answers.ShouldAllBe(a => a.WorkOrder.Status == WorkOrderStatus.Accepted);
        (await GetAsync(admin, order.Id)).Transitions.Count(t => t.Trigger == WorkOrderTrigger.Accept).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Reject_A_Renamed_Text_File_And_An_Oversized_Photo_And_Store_Nothing()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Accept);

        var text = await UploadAsync(tech1, order.Id, Encoding.UTF8.GetBytes("这不是照片，只是改了扩展名的文本"), "photo.jpg", "image/jpeg");
        (await text.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, WorkOrderErrorCodes.PhotoNotAnImage)).ShouldContainKey("file");

        var huge = WorkOrderTestData.Png1x1.Concat(new byte[WorkOrderApiFactory.MaxPhotoBytes]).ToArray();
        var large = await UploadAsync(tech1, order.Id, huge, "big.png", "image/png");
        (await large.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, WorkOrderErrorCodes.PhotoTooLarge)).ShouldContainKey("file");

        (await GetAsync(admin, order.Id)).Photos.ShouldBeEmpty();
        var stored = factory.FileStorePath;
        (Directory.Exists(stored) ? Directory.GetFiles(stored, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();

        var good = await (await UploadAsync(tech1, order.Id, WorkOrderTestData.Png1x1, "ok.png", "image/png")).ShouldSucceedWith<WorkOrderPhotoDto>();
        good.ContentType.ShouldBe("image/png");
        (await GetAsync(admin, order.Id)).Photos.ShouldHaveSingleItem().Id.ShouldBe(good.Id);
    }

    [Fact]
    public async Task Should_Link_Orders_To_A_Mass_Incident_And_Close_Them_Together_Telling_Every_Household()
    {
        var admin = await factory.ClientForAsync("admin");
        var agent = await factory.ClientForAsync("agent");
        var tech1 = await factory.ClientForAsync("tech1");
        var revisit = await factory.ClientForAsync("revisit");
        var parent = await WorkOrderTestData.CreateRepairAsync(agent, admin, code: "BX-TR");
        var category = await WorkOrderTestData.CategoryAsync(admin, "BX-TR");
        var household = await WorkOrderTestData.Hr01HouseholdAsync(admin);

        // A second call about the same building and category is offered the open incident as its parent …
        var candidates = await (await agent.GetAsync($"/api/work-orders/mass-incident-candidates?householdId={household}&categoryId={category}"))
            .ShouldSucceedWith<List<MassIncidentCandidateDto>>();
        candidates.ShouldContain(c => c.Id == parent.Id && c.SameBuilding);
        // … and two neighbours join it (they are not dispatched on their own).
        var children = new List<WorkOrderDto>();
        foreach (var phone in new[] { "13900139001", "13900139002" })
            children.Add(await (await agent.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
            {
                Type = WorkOrderType.Repair, CategoryId = category, CallerNumber = phone, Location = parent.Address, FaultSymptom = "整栋楼停热",
                ParentWorkOrderId = parent.Id,
            }, Json.Options)).ShouldSucceedWith<WorkOrderDto>());
        children.ShouldAllBe(c => c.ParentId == parent.Id && c.WorkflowInstanceId == null);
        (await GetAsync(admin, parent.Id)).Children.Select(c => c.Id).Order().ShouldBe(children.Select(c => c.Id).Order());

        await (await admin.PostAsJsonAsync($"/api/work-orders/{parent.Id}/assign", new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, "tech1")), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();
        await WorkOrderTestData.ActAsync(tech1, parent.Id, TechnicianAction.Accept);
        await WorkOrderTestData.ActAsync(tech1, parent.Id, TechnicianAction.Arrive);
        await WorkOrderTestData.ActAsync(tech1, parent.Id, TechnicianAction.Resolve);
        foreach (var child in children) (await GetAsync(admin, child.Id)).Status.ShouldBe(WorkOrderStatus.Resolved);
        await (await revisit.PostAsJsonAsync($"/api/work-orders/{parent.Id}/revisit", new RevisitWorkOrderDto(true), Json.Options)).ShouldSucceedWith<WorkOrderDto>();
        (await (await revisit.PostAsync($"/api/work-orders/{parent.Id}/close", null)).ShouldSucceedWith<WorkOrderDto>()).Status.ShouldBe(WorkOrderStatus.Closed);

        foreach (var child in children)
        {
            var closed = await GetAsync(admin, child.Id);
            closed.Status.ShouldBe(WorkOrderStatus.Closed);
            closed.Transitions.Last().Reason.ShouldBe("随母单 " + parent.Number);
        }
        // The "incident over" text (Notification:MassIncidentClosed:Sms) went to every affected household, once.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        var ids = children.Select(c => (Guid?)c.Id).Append(parent.Id).ToList();
        var texts = await db.Notifications.Where(n => ids.Contains(n.WorkOrderId) && n.Channel == NotificationChannel.Sms)
            .Select(n => new { n.WorkOrderId, n.RecipientPhone, n.Body }).ToListAsync();
        foreach (var (phone, id) in new[] { ("+8613900139001", children[0].Id), ("+8613900139002", children[1].Id), (parent.CallerNumber!, parent.Id) })
            texts.Count(t => t.RecipientPhone == phone && t.WorkOrderId == id && t.Body.Contains("您反映的") && t.Body.Contains(children.Concat([parent]).Single(o => o.Id == id).Number))
                .ShouldBe(1, phone);
    }

    private async Task<WorkOrderDto> Hr02RepairAsync(HttpClient admin, string? assignTo = null)
    {
        var order = await (await admin.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
        {
            Type = WorkOrderType.Repair, CategoryId = await WorkOrderTestData.CategoryAsync(admin, "BX-BR"), CallerNumber = "13700137000",
            Location = "道外区示范小区 9 栋", StationId = await StationIdAsync("HR02"), FaultSymptom = "暖气不热",
        }, Json.Options)).ShouldSucceedWith<WorkOrderDto>();
        if (assignTo is null) return order;
        return await (await admin.PostAsJsonAsync($"/api/work-orders/{order.Id}/assign", new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, assignTo)),
            Json.Options)).ShouldSucceedWith<WorkOrderDto>();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(Guid.NewGuid().ToString()), "idempotencyKey");
        return await client.PostAsync($"/api/work-orders/{id}/photos", form);
    }

    private static async Task<WorkOrderDto> GetAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/work-orders/{id}")).ShouldSucceedWith<WorkOrderDto>();

    private async Task<Guid> StationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Stations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }
}
