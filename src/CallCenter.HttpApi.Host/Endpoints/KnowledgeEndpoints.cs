using System.Security.Claims;
using CallCenter.Knowledge;
using Microsoft.AspNetCore.Authorization;
using P = CallCenter.Permissions.CallCenterPermissions.Knowledge;

namespace CallCenter.Endpoints;

public static class KnowledgeEndpoints
{
    public static void MapKnowledgeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/knowledge").WithTags("Knowledge");

        group.MapGet("/search", async ([AsParameters] KnowledgeSearchInput input, ClaimsPrincipal user, IAuthorizationService auth,
                IKnowledgeSearchAppService svc, CancellationToken ct) => await svc.SearchAsync(input, await IsEditorAsync(auth, user), ct))
            .WithName("SearchKnowledge").WithSummary("Search published knowledge articles")
            .RequireAuthorization(P.Default);
        group.MapGet("/suggestions", ([AsParameters] KnowledgeSuggestionInput input, IKnowledgeSearchAppService svc, CancellationToken ct) =>
                svc.SuggestAsync(input, ct))
            .WithName("GetKnowledgeSuggestions").WithSummary("Articles suggested for a category or wrap-up notes")
            .RequireAuthorization(P.Default);

        group.MapGet("/articles", async ([AsParameters] GetKnowledgeArticlesInput input, ClaimsPrincipal user, IAuthorizationService auth,
                IKnowledgeArticleAppService svc, CancellationToken ct) => await svc.GetListAsync(input, await IsEditorAsync(auth, user), ct))
            .WithName("GetKnowledgeArticles").WithSummary("List knowledge articles for editors")
            .RequireAuthorization(P.Default);
        group.MapGet("/articles/{id:guid}", async (Guid id, ClaimsPrincipal user, IAuthorizationService auth, IKnowledgeArticleAppService svc,
                CancellationToken ct) => await svc.GetAsync(id, await IsEditorAsync(auth, user), ct))
            .WithName("GetKnowledgeArticle").WithSummary("One knowledge article")
            .RequireAuthorization(P.Default);
        group.MapPost("/articles", async (CreateUpdateKnowledgeArticleDto input, IKnowledgeArticleAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/knowledge/articles/{created.Id}", created);
            })
            .WithName("CreateKnowledgeArticle").WithSummary("Create a draft article")
            .RequireAuthorization(P.Edit);
        group.MapPut("/articles/{id:guid}", (Guid id, CreateUpdateKnowledgeArticleDto input, IKnowledgeArticleAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .WithName("UpdateKnowledgeArticle").WithSummary("Update an article (a new version)")
            .RequireAuthorization(P.Edit);
        // publishAt in the query, not a body: "publish now" is a bare POST, which a JSON body parameter would refuse.
        group.MapPost("/articles/{id:guid}/publish", (Guid id, DateTimeOffset? publishAt, IKnowledgeArticleAppService svc, CancellationToken ct) =>
                svc.PublishAsync(id, new PublishKnowledgeArticleDto(publishAt), ct))
            .WithName("PublishKnowledgeArticle").WithSummary("Publish an article now or at a time")
            .RequireAuthorization(P.Publish);
        group.MapPost("/articles/{id:guid}/archive", (Guid id, IKnowledgeArticleAppService svc, CancellationToken ct) => svc.ArchiveAsync(id, ct))
            .WithName("ArchiveKnowledgeArticle").WithSummary("Archive an article")
            .RequireAuthorization(P.Publish);
        group.MapGet("/articles/{id:guid}/versions", (Guid id, IKnowledgeArticleAppService svc, CancellationToken ct) => svc.GetVersionsAsync(id, ct))
            .WithName("GetKnowledgeArticleVersions").WithSummary("An article's versions")
            .RequireAuthorization(P.Edit);
        group.MapPost("/articles/{id:guid}/feedback", (Guid id, KnowledgeFeedbackDto input, IKnowledgeSearchAppService svc, CancellationToken ct) =>
                svc.FeedbackAsync(id, input, ct))
            .WithName("RateKnowledgeArticle").WithSummary("Record whether an article helped")
            .RequireAuthorization(P.Default);
        // multipart/form-data with one "file"; what it is comes from the bytes. Antiforgery is off like every API call
        // here: the cookie is SameSite=Strict and bearer callers have no cookie to ride.
        group.MapPost("/articles/{id:guid}/images", async (Guid id, HttpRequest request, IKnowledgeImageAppService svc, CancellationToken ct) =>
            {
                var file = await FileOrNullAsync(request, ct);
                await using var content = file?.OpenReadStream();
                var created = await svc.UploadAsync(id, file?.FileName, content, file?.Length ?? 0, ct);
                return TypedResults.Created(created.Url, created);
            })
            .WithName("UploadKnowledgeImage").WithSummary("Upload an image into an article")
            .RequireAuthorization(P.Edit)
            .DisableAntiforgery();
        group.MapGet("/images/{imageId:guid}", async (Guid imageId, ClaimsPrincipal user, IAuthorizationService auth, IKnowledgeImageAppService svc,
                HttpResponse response, CancellationToken ct) =>
            {
                var image = await svc.GetAsync(imageId, await IsEditorAsync(auth, user), ct);
                // Never public: the browser may keep it for the signed-in user, a shared proxy may not.
                response.Headers.CacheControl = "private, max-age=3600";
                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.Stream(image.Content, image.ContentType);
            })
            .WithName("GetKnowledgeImage").WithSummary("An article's image")
            .RequireAuthorization(P.Default);
        group.MapPost("/preview", (KnowledgePreviewDto input, IKnowledgeArticleAppService svc) => svc.Preview(input))
            .WithName("PreviewKnowledgeArticle").WithSummary("Render an article's Markdown as it will be shown")
            .RequireAuthorization(P.Edit);

        group.MapGet("/categories", (IKnowledgeCategoryAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetKnowledgeCategories").WithSummary("The knowledge categories")
            .RequireAuthorization(P.Default);
        group.MapPost("/categories", async (CreateUpdateKnowledgeCategoryDto input, IKnowledgeCategoryAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/knowledge/categories/{created.Id}", created);
            })
            .WithName("CreateKnowledgeCategory").WithSummary("Create a knowledge category")
            .RequireAuthorization(P.Edit);
        group.MapPut("/categories/{id:guid}", (Guid id, CreateUpdateKnowledgeCategoryDto input, IKnowledgeCategoryAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .WithName("UpdateKnowledgeCategory").WithSummary("Update a knowledge category")
            .RequireAuthorization(P.Edit);
        group.MapGet("/synonyms", (IKnowledgeCategoryAppService svc, CancellationToken ct) => svc.GetSynonymsAsync(ct))
            .WithName("GetKnowledgeSynonyms").WithSummary("The search synonym table")
            .RequireAuthorization(P.Edit);
        group.MapPut("/synonyms", (KnowledgeSynonymsDto input, IKnowledgeCategoryAppService svc, CancellationToken ct) => svc.SetSynonymsAsync(input, ct))
            .WithName("SetKnowledgeSynonyms").WithSummary("Replace the search synonym table")
            .RequireAuthorization(P.Edit);
    }

    /// <summary>The form's "file", or null when the body is not a form or a form without parts (a 400 with the field, not a 500).</summary>
    private static async Task<IFormFile?> FileOrNullAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return null;
        try
        {
            return (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>Editors also see drafts and archived articles; for everyone else they do not exist.</summary>
    private static async Task<bool> IsEditorAsync(IAuthorizationService auth, ClaimsPrincipal user) =>
        (await auth.AuthorizeAsync(user, P.Edit)).Succeeded;
}
