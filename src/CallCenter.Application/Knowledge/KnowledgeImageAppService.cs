using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Files;
using CallCenter.Repositories;
using CallCenter.WorkOrders;

namespace CallCenter.Knowledge;

public sealed class KnowledgeImageAppService(
    IRepository<KnowledgeArticle> articles,
    IRepository<StoredFile> storedFiles,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    StoredFileService files) : IKnowledgeImageAppService
{
    private static readonly UploadRules Rules = new(KnowledgeConsts.MaxImageBytes, ImageSniffer.Detect,
        KnowledgeErrorCodes.ImageMissing, KnowledgeErrorCodes.ImageTooLarge, KnowledgeErrorCodes.ImageNotSupported);

    /// <summary>The address an article's Markdown uses for an image; the sanitizer keeps no other image source.</summary>
    public static string UrlOf(Guid imageId) => $"/api/knowledge/images/{imageId:D}";

    public async Task<KnowledgeImageDto> UploadAsync(Guid articleId, string? fileName, Stream? content, long length, CancellationToken ct = default)
    {
        if (content is null || length == 0) throw new BusinessException(KnowledgeErrorCodes.ImageMissing, "file");
        if (!await query.AnyAsync(articles.Query().Where(a => a.Id == articleId), ct)) throw new EntityNotFoundException("KnowledgeArticle", articleId);
        var upload = new FileUpload(StoredFileKind.KnowledgeImage, articleId, $"knowledge/{articleId:N}", fileName, "image", content, length);
        return await files.UploadAsync(upload, Rules, async image =>
        {
            await uow.SaveChangesAsync(ct);
            return ToDto(image);
        }, ct);
    }

    public async Task<StoredFileDto> GetAsync(Guid imageId, bool isEditor, CancellationToken ct = default)
    {
        var found = await query.FirstOrDefaultAsync(
            from i in storedFiles.Query()
            join a in articles.Query() on i.OwnerId equals a.Id
            where i.Id == imageId && i.Kind == StoredFileKind.KnowledgeImage
            select new { Image = i, a.Status }, ct);
        // An image of a draft or an archived article does not exist for agents, like the article itself.
        if (found is null || !isEditor && found.Status != ArticleStatus.Published) throw new EntityNotFoundException("KnowledgeImage", imageId);
        return files.Open(found.Image, "KnowledgeImage");
    }

    private static KnowledgeImageDto ToDto(StoredFile i) =>
        new(i.Id, i.OwnerId, UrlOf(i.Id), i.FileName, i.ContentType, i.SizeBytes, i.Width, i.Height);
}
