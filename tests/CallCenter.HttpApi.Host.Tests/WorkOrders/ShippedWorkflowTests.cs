using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CallCenter.Complaints;
using CallCenter.EntityFrameworkCore;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders;

/// <summary>
/// The shipped workflows/ definitions in the real host (every activity registered): each validates and is
/// published at start-up; repair-dispatch and complaint-escalation run from creation to close through the API,
/// and their deadlines fire through Hangfire at the right times (the fake clock decides what "now" is).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ShippedWorkflowTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    private readonly WorkflowTimers _timers = new(factory);

    public static IEnumerable<object[]> ShippedFiles() =>
        Directory.GetFiles(RepositoryWorkflowsFolder(), "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task Should_Validate_And_Publish_Every_Shipped_Workflow_At_Start_Up(string file)
    {
        _ = factory.Services; // starts the host: the folder import runs at start-up
        var definition = WorkflowJson.ParseDefinition(await File.ReadAllTextAsync(Path.Combine(RepositoryWorkflowsFolder(), file)));

        factory.Services.GetRequiredService<WorkflowDefinitionService>().Validate(definition).ShouldBeEmpty(file);
        var published = await factory.Services.GetRequiredService<IWorkflowDefinitionStore>().GetPublishedAsync(definition.DefinitionId, default);
        published.ShouldNotBeNull(file);
    }

    [Fact]
    public async Task Should_Start_Repair_Dispatch_For_A_New_Repair_And_Escalate_When_Nobody_Accepts_In_Time()
    {
        var admin = await factory.ClientForAsync("admin");
        var order = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        order.Status.ShouldBe(WorkOrderStatus.DispatchedToStation);
        var instance = order.WorkflowInstanceId.ShouldNotBeNull();
        var responseDue = order.Sla.ResponseDueAt.ShouldNotBeNull();

        // The first wait ends at the 80 % point of the response time; a timer that comes early changes nothing.
        var warn = await _timers.WaitingAtAsync(instance, "waitAcceptWarn");
        var warningAt = warn.DueAt.ShouldNotBeNull();
        warningAt.ShouldBeGreaterThan(factory.Clock.GetUtcNow());
        warningAt.ShouldBeLessThan(responseDue);
        await _timers.FireAsync(warn);
        (await _timers.WaitingAtAsync(instance, "waitAcceptWarn")).DueAt.ShouldBe(warningAt);
        (await NotificationsAsync(order.Id, "即将超过接单时限")).ShouldBe(0);

        // At the warning point the station's dispatchers are told, and the flow waits for the deadline itself.
        factory.Clock.SetUtcNow(warningAt.AddSeconds(1));
        await _timers.FireAsync(await _timers.WaitingAtAsync(instance, "waitAcceptWarn"));
        var deadline = await _timers.WaitingAtAsync(instance, "waitAccept");
        deadline.DueAt.ShouldNotBeNull().ShouldBe(responseDue, TimeSpan.FromMilliseconds(1));
        (await NotificationsAsync(order.Id, "即将超过接单时限")).ShouldBeGreaterThan(0);
        (await GetAsync(admin, order.Id)).EscalationLevel.ShouldBe(0);

        // Breach: escalated to the station head with two hours to answer …
        factory.Clock.SetUtcNow(responseDue.AddSeconds(1));
        await _timers.FireAsync(deadline);
        var stationHead = await _timers.WaitingAtAsync(instance, "waitAcceptStation");
        stationHead.DueAt.ShouldNotBeNull().ShouldBe(factory.Clock.GetUtcNow().AddHours(2), TimeSpan.FromMilliseconds(1));
        var escalated = await GetAsync(admin, order.Id);
        escalated.EscalationLevel.ShouldBe(1);
        escalated.Escalations.ShouldHaveSingleItem().Reason.ShouldBe("超过接单时限未接单");
        // The answer-by time in the message is in the company's zone (Company:TimeZone, Asia/Shanghai here).
        var answerBy = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow().AddHours(2), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var answerByText = answerBy.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var messages = await MessagesAsync(order.Id);
        messages.ShouldContain(m => m.Contains(answerByText), answerByText + " in:\n" + string.Join("\n", messages));

        // … and after those two hours to the department.
        factory.Clock.Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromSeconds(1)));
        await _timers.FireAsync(stationHead);
        await _timers.WaitingAtAsync(instance, "waitAcceptDept");
        var department = await GetAsync(admin, order.Id);
        department.EscalationLevel.ShouldBe(2);
        department.Escalations.Count.ShouldBe(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
            (await db.SupervisionItems.IgnoreQueryFilters().Where(s => s.WorkOrderId == order.Id).ToListAsync())
                .ShouldHaveSingleItem().EscalationLevel.ShouldBe(2);
        }

        // Accepting at last moves the flow on to the resolution deadline.
        var tech1 = await factory.ClientForAsync("tech1");
        await admin.PostAsJsonAsync($"/api/work-orders/{order.Id}/assign", new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, "tech1")), Json.Options);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Accept);
        await _timers.WaitingAtAsync(instance, "waitResolveWarn");
    }

    [Fact]
    public async Task Should_Start_The_Flow_Of_An_Order_Kept_For_Review_Only_When_It_Is_Dispatched()
    {
        var admin = await factory.ClientForAsync("admin");
        var order = await WorkOrderTestData.CreateRepairAsync(admin, admin, autoDispatch: false);
        order.Status.ShouldBe(WorkOrderStatus.Created);
        order.WorkflowInstanceId.ShouldBeNull();

        var dispatched = await (await admin.PostAsJsonAsync($"/api/work-orders/{order.Id}/dispatch", new DispatchWorkOrderDto(), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();

        dispatched.Status.ShouldBe(WorkOrderStatus.DispatchedToStation);
        await _timers.WaitingAtAsync(dispatched.WorkflowInstanceId.ShouldNotBeNull(), "waitAcceptWarn");
        dispatched.Transitions.Count(t => t.Trigger == WorkOrderTrigger.Dispatch).ShouldBe(1); // the flow did not route it again
    }

    [Fact]
    public async Task Should_Run_Repair_Dispatch_From_Creation_To_Close_Through_The_Api()
    {
        var agent = await factory.ClientForAsync("agent");
        var admin = await factory.ClientForAsync("admin");
        var station1 = await factory.ClientForAsync("station1");
        var tech1 = await factory.ClientForAsync("tech1");
        var revisit = await factory.ClientForAsync("revisit");

        var order = await WorkOrderTestData.CreateRepairAsync(agent, admin);
        order.Status.ShouldBe(WorkOrderStatus.DispatchedToStation);
        order.StationName.ShouldNotBeNull();
        var instance = order.WorkflowInstanceId.ShouldNotBeNull();
        await _timers.WaitingAtAsync(instance, "waitAcceptWarn");

        (await (await station1.PostAsJsonAsync($"/api/work-orders/{order.Id}/assign",
            new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, "tech1")), Json.Options)).ShouldSucceedWith<WorkOrderDto>())
            .Status.ShouldBe(WorkOrderStatus.Assigned);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Accept);
        await _timers.WaitingAtAsync(instance, "waitResolveWarn");
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.StartTravel);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Arrive);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.RecordTemperature, temp: 19.5m);
        (await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Resolve)).Status.ShouldBe(WorkOrderStatus.Resolved);

        // The flow hands the job to the revisit agents and waits for the revisit's result.
        await _timers.WaitingAtAsync(instance, "waitRevisit");
        (await NotificationsAsync(order.Id, "回访 " + order.Number)).ShouldBeGreaterThan(0);
        (await (await revisit.PostAsJsonAsync($"/api/work-orders/{order.Id}/revisit", new RevisitWorkOrderDto(true), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>()).Status.ShouldBe(WorkOrderStatus.Revisited);
        var closed = await (await revisit.PostAsync($"/api/work-orders/{order.Id}/close", null)).ShouldSucceedWith<WorkOrderDto>();

        closed.Status.ShouldBe(WorkOrderStatus.Closed);
        closed.Transitions.Select(t => t.To).ShouldBe([
            WorkOrderStatus.DispatchedToStation, WorkOrderStatus.Assigned, WorkOrderStatus.Accepted, WorkOrderStatus.EnRoute, WorkOrderStatus.OnSite,
            WorkOrderStatus.Resolved, WorkOrderStatus.Revisited, WorkOrderStatus.Closed]);
        await _timers.ShouldFinishAsync(instance);
    }

    [Fact]
    public async Task Should_Escalate_A_Complaint_From_Station_To_Department_To_Management_On_Its_Deadlines()
    {
        var admin = await factory.ClientForAsync("admin");
        var complaint = await CreateComplaintAsync(admin);
        complaint.ComplaintLevel.ShouldBe(ComplaintLevel.Station);
        var instance = complaint.WorkflowInstanceId.ShouldNotBeNull();

        var station = await _timers.WaitingAtAsync(instance, "waitStation");
        var stationDue = station.DueAt.ShouldNotBeNull();
        stationDue.ShouldBe(factory.Clock.GetUtcNow().AddHours(24), TimeSpan.FromMilliseconds(1));
        await _timers.FireAsync(station); // early: still the station's
        (await _timers.WaitingAtAsync(instance, "waitStation")).DueAt.ShouldBe(stationDue);
        (await GetAsync(admin, complaint.Id)).ComplaintLevel.ShouldBe(ComplaintLevel.Station);

        factory.Clock.SetUtcNow(stationDue.AddSeconds(1));
        await _timers.FireAsync(await _timers.WaitingAtAsync(instance, "waitStation"));
        var department = await _timers.WaitingAtAsync(instance, "waitDept");
        department.DueAt.ShouldNotBeNull().ShouldBe(factory.Clock.GetUtcNow().AddHours(48), TimeSpan.FromMilliseconds(1));
        (await GetAsync(admin, complaint.Id)).ComplaintLevel.ShouldBe(ComplaintLevel.Department);

        factory.Clock.Advance(TimeSpan.FromHours(48).Add(TimeSpan.FromSeconds(1)));
        await _timers.FireAsync(department);
        await _timers.WaitingAtAsync(instance, "waitMgmt");
        var management = await GetAsync(admin, complaint.Id);
        management.ComplaintLevel.ShouldBe(ComplaintLevel.Management);
        management.Escalations.Select(e => e.ToLevel).ShouldBe([ComplaintLevel.Department, ComplaintLevel.Management]);
    }

    [Fact]
    public async Task Should_Run_Complaint_Escalation_From_Creation_To_Close_And_Send_It_Back_Up_When_The_Customer_Is_Unsatisfied()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var revisit = await factory.ClientForAsync("revisit");
        var complaint = await CreateComplaintAsync(await factory.ClientForAsync("agent"), admin);
        var instance = complaint.WorkflowInstanceId.ShouldNotBeNull();
        await _timers.WaitingAtAsync(instance, "waitStation");

        await ResolveAsync(admin, tech1, complaint.Id);
        await _timers.WaitingAtAsync(instance, "waitRevisit");
        var unsatisfied = await (await revisit.PostAsJsonAsync($"/api/work-orders/{complaint.Id}/revisit",
            new RevisitWorkOrderDto(false, "态度仍然不好"), Json.Options)).ShouldSucceedWith<WorkOrderDto>();

        // "If the customer is not satisfied, pass it on to the department again": one level up, routed again, a new deadline.
        unsatisfied.ComplaintLevel.ShouldBe(ComplaintLevel.Department);
        var again = await _timers.WaitingAtAsync(instance, "waitAgain");
        again.DueAt.ShouldNotBeNull().ShouldBe(factory.Clock.GetUtcNow().AddHours(48), TimeSpan.FromMilliseconds(1));
        (await GetAsync(admin, complaint.Id)).Status.ShouldBe(WorkOrderStatus.DispatchedToStation);

        await ResolveAsync(admin, tech1, complaint.Id);
        await _timers.WaitingAtAsync(instance, "waitRevisit");
        await (await revisit.PostAsJsonAsync($"/api/work-orders/{complaint.Id}/revisit", new RevisitWorkOrderDto(true), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();
        var closed = await (await revisit.PostAsync($"/api/work-orders/{complaint.Id}/close", null)).ShouldSucceedWith<WorkOrderDto>();

        closed.Status.ShouldBe(WorkOrderStatus.Closed);
        closed.CustomerSatisfied.ShouldBe(true);
        closed.Escalations.ShouldHaveSingleItem().ToLevel.ShouldBe(ComplaintLevel.Department);
        await _timers.ShouldFinishAsync(instance);
    }

    private static async Task<WorkOrderDto> CreateComplaintAsync(HttpClient client, HttpClient? admin = null) =>
        await (await client.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
        {
            Type = WorkOrderType.Complaint, CategoryId = await WorkOrderTestData.CategoryAsync(admin ?? client, "TS-FW"),
            HouseholdId = await WorkOrderTestData.Hr01HouseholdAsync(admin ?? client), Description = "维修员态度恶劣", AutoDispatch = true,
        }, Json.Options)).ShouldSucceedWith<WorkOrderDto>();

    private static async Task ResolveAsync(HttpClient admin, HttpClient tech1, Guid id)
    {
        await (await admin.PostAsJsonAsync($"/api/work-orders/{id}/assign", new AssignWorkOrderDto(await WorkOrderTestData.UserIdAsync(admin, "tech1")), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();
        await WorkOrderTestData.ActAsync(tech1, id, TechnicianAction.Accept);
        await WorkOrderTestData.ActAsync(tech1, id, TechnicianAction.Arrive);
        (await WorkOrderTestData.ActAsync(tech1, id, TechnicianAction.Resolve)).Status.ShouldBe(WorkOrderStatus.Resolved);
    }

    private static async Task<WorkOrderDto> GetAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/work-orders/{id}")).ShouldSucceedWith<WorkOrderDto>();

    private async Task<int> NotificationsAsync(Guid workOrderId, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        return await db.Notifications.CountAsync(n => n.WorkOrderId == workOrderId && (n.Title.Contains(text) || n.Body.Contains(text)));
    }

    private async Task<List<string>> MessagesAsync(Guid workOrderId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        return await db.Notifications.Where(n => n.WorkOrderId == workOrderId).Select(n => n.Title + " | " + n.Body).ToListAsync();
    }

    private static string RepositoryWorkflowsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) return Path.Combine(dir.FullName, "workflows");
        throw new InvalidOperationException("Repository root not found.");
    }
}
