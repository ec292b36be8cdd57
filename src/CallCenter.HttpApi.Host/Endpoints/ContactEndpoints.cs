using CallCenter.Contacts;
using P = CallCenter.Permissions.CallCenterPermissions;

namespace CallCenter.Endpoints;

public static class ContactEndpoints
{
    public static void MapContactEndpoints(this IEndpointRouteBuilder app)
    {
        var c = app.MapGroup("/api/contacts").WithTags("Contacts");
        c.MapGet("/", ([Microsoft.AspNetCore.Http.AsParameters] GetContactsInput input, IContactAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .WithName("GetContacts").WithSummary("List contacts (calls, visits, messages) by household or category")
            .RequireAuthorization(P.Contacts.Default);
        c.MapGet("/{id:guid}", (Guid id, IContactAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetContact").WithSummary("One contact with its category and work order").RequireAuthorization(P.Contacts.Default);
        c.MapPost("/", async (CreateContactDto input, IContactAppService svc, CancellationToken ct) =>
        {
            var created = await svc.CreateAsync(input, ct);
            return TypedResults.Created($"/api/contacts/{created.Id}", created);
        })
            .WithName("CreateContact").WithSummary("Record a contact and, for a repair category, open its work order").RequireAuthorization(P.Contacts.Create);

        var d = app.MapGroup("/api/disposition-tree").WithTags("Contacts");
        d.MapGet("/", (bool? includeInactive, IDispositionAppService svc, CancellationToken ct) => svc.GetTreeAsync(includeInactive == true, ct))
            .WithName("GetDispositionTree").WithSummary("The contact categories (disposition tree)")
            .RequireAuthorization(P.Contacts.Default);
        d.MapPost("/", (CreateUpdateDispositionNodeDto input, IDispositionAppService svc, CancellationToken ct) => svc.CreateAsync(input, ct))
            .WithName("CreateDispositionNode").WithSummary("Add a category to the disposition tree")
            .RequireAuthorization(P.Contacts.ManageCategories);
        d.MapPut("/{id:guid}", (Guid id, CreateUpdateDispositionNodeDto input, IDispositionAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .WithName("UpdateDispositionNode").WithSummary("Rename, move or reconfigure a category")
            .RequireAuthorization(P.Contacts.ManageCategories);
        d.MapDelete("/{id:guid}", async (Guid id, IDispositionAppService svc, CancellationToken ct) =>
        {
            await svc.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        })
            .WithName("DeleteDispositionNode").WithSummary("Remove an unused category").RequireAuthorization(P.Contacts.ManageCategories);
    }
}
