using System.Text;
using CallCenter.Auditing;
using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Permissions;
using Microsoft.AspNetCore.Mvc;

namespace CallCenter.Endpoints;

public static class HouseholdEndpoints
{
    public static void MapHouseholdEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/households").WithTags("Households");
        group.MapGet("/", ([AsParameters] GetHouseholdsInput input, IHouseholdAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .WithName("GetHouseholds").WithSummary("Search households by phone, account number, name or address")
            .RequireAuthorization(CallCenterPermissions.Customers.Default);
        group.MapGet("/{id:guid}", (Guid id, IHouseholdAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetHousehold").WithSummary("One household with phones and station")
            .RequireAuthorization(CallCenterPermissions.Customers.Default);
        group.MapGet("/{id:guid}/history", async (Guid id, IHouseholdAppService svc, AuditLogAppService logs, CancellationToken ct) =>
            {
                await svc.GetAsync(id, ct); // 404 for a household the caller may not see
                return await logs.GetHistoryAsync("Household", id, ct);
            })
            .WithName("GetHouseholdHistory").WithSummary("A household's change history")
            .RequireAuthorization(CallCenterPermissions.Customers.Default);
        group.MapPost("/", async (CreateUpdateHouseholdDto input, IHouseholdAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/households/{created.Id}", created);
            })
            .WithName("CreateHousehold").WithSummary("Create a household")
            .RequireAuthorization(CallCenterPermissions.Customers.Edit);
        group.MapPut("/{id:guid}", (Guid id, CreateUpdateHouseholdDto input, IHouseholdAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .WithName("UpdateHousehold").WithSummary("Update a household (optimistic concurrency)")
            .RequireAuthorization(CallCenterPermissions.Customers.Edit);
        group.MapDelete("/{id:guid}", async (Guid id, IHouseholdAppService svc, CancellationToken ct) =>
            {
                await svc.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteHousehold").WithSummary("Delete a household (soft delete)")
            .RequireAuthorization(CallCenterPermissions.Customers.Delete);
        group.MapPost("/import", async (IFormFile? file, IHouseholdAppService svc, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    throw new RequestValidationException([new FieldError("file", Localization.L.Get("Validation:Required"))]);
                await using var stream = file.OpenReadStream();
                return await svc.ImportCsvAsync(stream, ct);
            })
            .WithName("ImportHouseholds").WithSummary("Import households from a CSV file, with a per-row report")
            .DisableAntiforgery()
            .RequireAuthorization(CallCenterPermissions.Customers.Import);
        group.MapGet("/import/template", () =>
            {
                var csv = HouseholdCsvColumns.TemplateHeader + "\n" +
                          "1000099999,张三,13800138000;0451-88886666,南岗区,阳光小区,3,2,501,86.5,暖气片,正常,,独居老人,\n";
                // BOM so that Excel on Chinese Windows opens the UTF-8 file with the right encoding.
                return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(),
                    "text/csv; charset=utf-8", "households-template.csv");
            })
            .WithName("GetHouseholdImportTemplate").WithSummary("Download the CSV import template")
            .RequireAuthorization(CallCenterPermissions.Customers.Import);
    }
}
