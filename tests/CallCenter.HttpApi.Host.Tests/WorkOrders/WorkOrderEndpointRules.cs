using System.Net.Http.Headers;
using System.Net.Http.Json;
using CallCenter.Authorization;
using CallCenter.Calendars;
using CallCenter.Contacts;
using CallCenter.Notifications;
using static CallCenter.WorkOrders.WorkOrderTestData;

namespace CallCenter.WorkOrders;

/// <summary>
/// The work-order endpoints' rules for the permission matrix. Orders are made at HR01 and assigned to tech1, so the
/// station-scoped roles that hold a permission (station1, tech1) can act on them like the unscoped ones.
/// </summary>
public static class WorkOrderEndpointRules
{
    public static readonly Dictionary<string, EndpointRules.RequestFactory> Rules = new()
    {
        ["GET /api/work-orders"] = _ => Get("/api/work-orders?pageSize=5"),
        ["GET /api/work-orders/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/work-orders/{(await AssignedToTech1Async(admin)).Id}"),
        ["POST /api/work-orders"] = async admin => JsonRequest(HttpMethod.Post, "/api/work-orders", new CreateWorkOrderDto
        {
            Type = WorkOrderType.Repair, CategoryId = await CategoryAsync(admin, "BX-BR"), HouseholdId = await Hr01HouseholdAsync(admin), FaultSymptom = "不热",
        }),
        ["GET /api/work-orders/mass-incident-candidates"] = async admin =>
            new(HttpMethod.Get, $"/api/work-orders/mass-incident-candidates?householdId={await Hr01HouseholdAsync(admin)}&categoryId={await CategoryAsync(admin, "BX-BR")}"),
        ["POST /api/work-orders/{id:guid}/link-parent"] = async admin =>
        {
            var parent = await CreateRepairAsync(admin, admin);
            var child = await CreateRepairAsync(admin, admin, autoDispatch: false);
            return JsonRequest(HttpMethod.Post, $"/api/work-orders/{child.Id}/link-parent", new LinkParentDto(parent.Id));
        },
        ["POST /api/work-orders/{id:guid}/dispatch"] = async admin =>
            JsonRequest(HttpMethod.Post, $"/api/work-orders/{(await CreateRepairAsync(admin, admin, autoDispatch: false)).Id}/dispatch", new DispatchWorkOrderDto()),
        ["POST /api/work-orders/{id:guid}/assign"] = async admin => JsonRequest(HttpMethod.Post,
            $"/api/work-orders/{(await CreateRepairAsync(admin, admin)).Id}/assign", new AssignWorkOrderDto(await UserIdAsync(admin, "tech1"))),
        ["POST /api/work-orders/bulk-assign"] = async admin => JsonRequest(HttpMethod.Post, "/api/work-orders/bulk-assign",
            new BulkAssignWorkOrdersDto([(await CreateRepairAsync(admin, admin)).Id], await UserIdAsync(admin, "tech1"))),
        ["POST /api/work-orders/{id:guid}/cancel"] = async admin =>
            JsonRequest(HttpMethod.Post, $"/api/work-orders/{(await CreateRepairAsync(admin, admin)).Id}/cancel", new ReasonDto("重复报修")),
        ["POST /api/work-orders/{id:guid}/revisit"] = async admin =>
            JsonRequest(HttpMethod.Post, $"/api/work-orders/{(await ResolvedAsync(admin, admin)).Id}/revisit", new RevisitWorkOrderDto(true)),
        ["POST /api/work-orders/{id:guid}/close"] = async admin =>
        {
            var resolved = await ResolvedAsync(admin, admin);
            (await admin.PostAsJsonAsync($"/api/work-orders/{resolved.Id}/revisit", new RevisitWorkOrderDto(true), Json.Options)).EnsureSuccessStatusCode();
            return new HttpRequestMessage(HttpMethod.Post, $"/api/work-orders/{resolved.Id}/close");
        },
        ["POST /api/work-orders/{id:guid}/reopen"] = async admin =>
            JsonRequest(HttpMethod.Post, $"/api/work-orders/{(await ResolvedAsync(admin, admin)).Id}/reopen", new ReasonDto("仍不热")),
        ["POST /api/work-orders/{id:guid}/escalate"] = async admin =>
        {
            var complaint = await (await admin.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
            {
                Type = WorkOrderType.Complaint, CategoryId = await CategoryAsync(admin, "TS-YS"), HouseholdId = await Hr01HouseholdAsync(admin),
            }, Json.Options)).ShouldSucceedWith<WorkOrderDto>();
            return JsonRequest(HttpMethod.Post, $"/api/work-orders/{complaint.Id}/escalate", new ReasonDto("站里没有答复"));
        },
        ["GET /api/work-orders/{id:guid}/escalations"] = async admin => new(HttpMethod.Get, $"/api/work-orders/{(await AssignedToTech1Async(admin)).Id}/escalations"),
        ["GET /api/work-orders/technicians"] = _ => Get("/api/work-orders/technicians"),
        ["GET /api/work-orders/mine"] = _ => Get("/api/work-orders/mine"),
        ["POST /api/work-orders/{id:guid}/actions"] = async admin => JsonRequest(HttpMethod.Post, $"/api/work-orders/{(await AssignedToTech1Async(admin)).Id}/actions",
            new TechnicianActionDto { IdempotencyKey = Guid.NewGuid().ToString(), Action = TechnicianAction.Accept }),
        ["POST /api/work-orders/{id:guid}/photos"] = async admin =>
        {
            var order = await AssignedToTech1Async(admin);
            var image = new ByteArrayContent(Png1x1);
            image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            return new HttpRequestMessage(HttpMethod.Post, $"/api/work-orders/{order.Id}/photos")
            {
                Content = new MultipartFormDataContent { { image, "file", "p.png" }, { new StringContent(Guid.NewGuid().ToString()), "idempotencyKey" } },
            };
        },
        ["GET /api/work-orders/{id:guid}/photos/{photoId:guid}"] = async admin =>
        {
            var order = await AssignedToTech1Async(admin);
            var image = new ByteArrayContent(Png1x1);
            image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            var photo = await (await admin.PostAsync($"/api/work-orders/{order.Id}/photos",
                new MultipartFormDataContent { { image, "file", "p.png" }, { new StringContent(Guid.NewGuid().ToString()), "idempotencyKey" } }))
                .ShouldSucceedWith<WorkOrderPhotoDto>();
            return new HttpRequestMessage(HttpMethod.Get, photo.Url);
        },
        ["POST /api/work-orders/{id:guid}/signature"] = async admin =>
        {
            var order = await AssignedToTech1Async(admin);
            await ActAsync(admin, order.Id, TechnicianAction.Accept);
            return JsonRequest(HttpMethod.Post, $"/api/work-orders/{order.Id}/signature",
                new SignatureDto(Guid.NewGuid().ToString(), "data:image/png;base64," + Convert.ToBase64String(Png1x1)));
        },
        ["GET /api/work-orders/{id:guid}/signature"] = async admin =>
        {
            var order = await AssignedToTech1Async(admin);
            await ActAsync(admin, order.Id, TechnicianAction.Accept);
            (await admin.PostAsJsonAsync($"/api/work-orders/{order.Id}/signature",
                new SignatureDto(Guid.NewGuid().ToString(), "data:image/png;base64," + Convert.ToBase64String(Png1x1)), Json.Options)).EnsureSuccessStatusCode();
            return new HttpRequestMessage(HttpMethod.Get, $"/api/work-orders/{order.Id}/signature");
        },
        ["GET /api/supervision"] = _ => Get("/api/supervision"),
        ["POST /api/supervision"] = async admin =>
            JsonRequest(HttpMethod.Post, "/api/supervision", new CreateSupervisionDto((await AssignedToTech1Async(admin)).Id, "测试督办", "说明原因", 4)),
        ["POST /api/supervision/{id:guid}/respond"] = async admin =>
            JsonRequest(HttpMethod.Post, $"/api/supervision/{(await SupervisionAsync(admin)).Id}/respond", new RespondSupervisionDto("已安排")),
        ["POST /api/supervision/{id:guid}/close"] = async admin => new(HttpMethod.Post, $"/api/supervision/{(await SupervisionAsync(admin)).Id}/close"),
        ["GET /api/sla-policies"] = _ => Get("/api/sla-policies"),
        ["POST /api/sla-policies"] = async admin => JsonRequest(HttpMethod.Post, "/api/sla-policies", new CreateUpdateSlaPolicyDto
        {
            Type = WorkOrderType.Repair, CategoryId = await NewCategoryAsync(admin), Priority = WorkOrderPriority.Normal, ResponseMinutes = 60, ResolutionMinutes = 120,
        }),
        ["PUT /api/sla-policies/{id:guid}"] = async admin =>
        {
            var p = (await (await admin.GetAsync("/api/sla-policies")).ShouldSucceedWith<List<SlaPolicyDto>>()).First(p => p.CategoryId == null);
            return JsonRequest(HttpMethod.Put, $"/api/sla-policies/{p.Id}", new CreateUpdateSlaPolicyDto
            {
                Type = p.Type, Priority = p.Priority, ResponseMinutes = p.ResponseMinutes, ResolutionMinutes = p.ResolutionMinutes,
                RoundTheClock = p.RoundTheClock, WarningPercent = p.WarningPercent,
            });
        },
        ["GET /api/business-calendar"] = _ => Get("/api/business-calendar"),
        ["PUT /api/business-calendar"] = async admin =>
        {
            var c = await (await admin.GetAsync("/api/business-calendar")).ShouldSucceedWith<BusinessCalendarDto>();
            return JsonRequest(HttpMethod.Put, "/api/business-calendar",
                new UpdateBusinessCalendarDto { Name = c.Name, TimeZone = c.TimeZone, WorkingHours = c.WorkingHours, SpecialDays = c.SpecialDays });
        },
        ["GET /api/business-calendar/status"] = _ => Get("/api/business-calendar/status"),
        ["GET /api/contacts"] = _ => Get("/api/contacts?pageSize=5"),
        ["GET /api/contacts/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/contacts/{(await CreateContactAsync(admin)).Id}"),
        ["POST /api/contacts"] = async admin => JsonRequest(HttpMethod.Post, "/api/contacts", new CreateContactDto
        {
            Channel = ContactChannel.Phone, HouseholdId = await Hr01HouseholdAsync(admin), CategoryId = await CategoryAsync(admin, "ZX-SF"), ResolvedOnFirstContact = true,
        }),
        ["GET /api/disposition-tree"] = _ => Get("/api/disposition-tree"),
        ["POST /api/disposition-tree"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/disposition-tree",
            new CreateUpdateDispositionNodeDto { Code = "T-" + Guid.NewGuid().ToString("N")[..8], Name = "测试分类" })),
        ["PUT /api/disposition-tree/{id:guid}"] = async admin =>
            JsonRequest(HttpMethod.Put, $"/api/disposition-tree/{await NewCategoryAsync(admin)}", new CreateUpdateDispositionNodeDto { Code = "U-" + Guid.NewGuid().ToString("N")[..8], Name = "改名" }),
        ["DELETE /api/disposition-tree/{id:guid}"] = async admin => new(HttpMethod.Delete, $"/api/disposition-tree/{await NewCategoryAsync(admin)}"),
        ["GET /api/notifications/inbox"] = _ => Get("/api/notifications/inbox"),
        ["GET /api/notifications/inbox/summary"] = _ => Get("/api/notifications/inbox/summary"),
        // Marking is idempotent and silent for a message that is not the caller's (nothing leaks), so any id shows the authorization.
        ["POST /api/notifications/{id:guid}/read"] = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/notifications/{Guid.NewGuid()}/read")),
        ["GET /api/notifications/outbox"] = _ => Get("/api/notifications/outbox"),
        ["POST /api/notifications/{id:guid}/retry"] = async admin => new(HttpMethod.Post, $"/api/notifications/{await FailedNotificationAsync(admin)}/retry"),
    };

    private static async Task<SupervisionItemDto> SupervisionAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/supervision", new CreateSupervisionDto((await AssignedToTech1Async(admin)).Id, "测试督办", "说明原因", 4), Json.Options))
            .ShouldSucceedWith<SupervisionItemDto>();

    private static async Task<Guid> NewCategoryAsync(HttpClient admin) =>
        (await (await admin.PostAsJsonAsync("/api/disposition-tree",
            new CreateUpdateDispositionNodeDto { Code = "T-" + Guid.NewGuid().ToString("N")[..8], Name = "测试分类" }, Json.Options)).ShouldSucceedWith<DispositionNodeDto>()).Id;

    private static async Task<ContactDto> CreateContactAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/contacts", new CreateContactDto
        {
            Channel = ContactChannel.Phone, HouseholdId = await Hr01HouseholdAsync(admin), CategoryId = await CategoryAsync(admin, "ZX-SF"),
        }, Json.Options)).ShouldSucceedWith<ContactDto>();

    /// <summary>An assignment puts a message in the outbox; retrying it sends it again.</summary>
    private static async Task<Guid> FailedNotificationAsync(HttpClient admin)
    {
        var order = await AssignedToTech1Async(admin);
        var page = await (await admin.GetAsync($"/api/notifications/outbox?workOrderId={order.Id}&pageSize=1")).ShouldSucceedWith<Common.PagedResultDto<NotificationDto>>();
        return page.Items.ShouldHaveSingleItem().Id;
    }

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string url, T body) =>
        new(method, url) { Content = JsonContent.Create(body, options: Json.Options) };
}
