using CallCenter.WorkOrders;

namespace CallCenter.Knowledge;

/// <summary>Images inside knowledge articles: editors upload them, whoever may read the article reads them.</summary>
public interface IKnowledgeImageAppService
{
    /// <summary>Checks the bytes (PNG, JPEG, WebP or GIF, at most <see cref="KnowledgeConsts.MaxImageBytes"/>), stores them and the row.</summary>
    Task<KnowledgeImageDto> UploadAsync(Guid articleId, string? fileName, Stream? content, long length, CancellationToken ct = default);

    /// <summary>The image; 404 unless its article is published or the caller is an editor.</summary>
    Task<StoredFileDto> GetAsync(Guid imageId, bool isEditor, CancellationToken ct = default);
}
