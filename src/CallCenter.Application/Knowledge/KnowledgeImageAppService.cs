using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Files;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.WorkOrders;

namespace CallCenter.Knowledge;

public sealed class KnowledgeImageAppService(
    IRepository<KnowledgeArticle> articles,
    IRepository<KnowledgeImage> images,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider clock,
    IFileStore files) : IKnowledgeImageAppService
{
    /// <summary>The address an article's Markdown uses for an image; the sanitizer keeps no other image source.</summary>
    public static string UrlOf(Guid imageId) => $"/api/knowledge/images/{imageId:D}";

    public async Task<KnowledgeImageDto> UploadAsync(Guid articleId, string? fileName, Stream? content, long length, CancellationToken ct = default)
    {
        if (content is null || length == 0) throw new BusinessException(KnowledgeErrorCodes.ImageMissing, "file");
        if (!await query.AnyAsync(articles.Query().Where(a => a.Id == articleId), ct)) throw new EntityNotFoundException("KnowledgeArticle", articleId);
        var tooLarge = new BusinessException(KnowledgeErrorCodes.ImageTooLarge, "file", KnowledgeConsts.MaxImageBytes / 1024 / 1024);
        if (length > KnowledgeConsts.MaxImageBytes) throw tooLarge;
        var bytes = await UploadReader.ReadAtMostAsync(content, KnowledgeConsts.MaxImageBytes, ct) ?? throw tooLarge;
        if (bytes.Length == 0) throw new BusinessException(KnowledgeErrorCodes.ImageMissing, "file");
        // The bytes decide what it is; the name and the declared type are the client's word.
        var image = ImageSniffer.Detect(bytes) ?? throw new BusinessException(KnowledgeErrorCodes.ImageNotSupported, "file");

        var id = Guid.CreateVersion7();
        var stored = await files.SaveAsync($"knowledge/{articleId:N}", id.ToString("N") + image.Extension, bytes, ct);
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "image" + image.Extension : fileName.Trim());
        if (name.Length > KnowledgeConsts.MaxImageFileNameLength) name = name[^KnowledgeConsts.MaxImageFileNameLength..];
        var row = new KnowledgeImage(id, articleId, name, image.ContentType, bytes.Length, image.Width, image.Height, stored,
            clock.GetUtcNow(), currentUser.Id, currentUser.UserName);
        images.Add(row);
        try
        {
            await uow.SaveChangesAsync(ct);
        }
        catch
        {
            files.TryDelete(stored); // no row, no file
            throw;
        }
        return ToDto(row);
    }

    public async Task<StoredFileDto> GetAsync(Guid imageId, bool isEditor, CancellationToken ct = default)
    {
        var found = await query.FirstOrDefaultAsync(
            from i in images.Query()
            join a in articles.Query() on i.ArticleId equals a.Id
            where i.Id == imageId
            select new { i.StoragePath, i.ContentType, i.FileName, a.Status }, ct);
        // An image of a draft or an archived article does not exist for agents, like the article itself.
        if (found is null || !isEditor && found.Status != ArticleStatus.Published) throw new EntityNotFoundException("KnowledgeImage", imageId);
        try
        {
            return new StoredFileDto(files.OpenRead(found.StoragePath), found.ContentType, found.FileName);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EntityNotFoundException("KnowledgeImage", imageId);
        }
    }

    private static KnowledgeImageDto ToDto(KnowledgeImage i) =>
        new(i.Id, i.ArticleId, UrlOf(i.Id), i.FileName, i.ContentType, i.SizeBytes, i.Width, i.Height);
}
