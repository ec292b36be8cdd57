using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Knowledge;

public static class KnowledgeApplicationServiceCollectionExtensions
{
    /// <summary>The knowledge app services; the host registers the <see cref="Indexing.IKnowledgeIndex"/> and the <see cref="Files.IFileStore"/> they use.</summary>
    public static IServiceCollection AddCallCenterKnowledgeApplication(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeIndexSynchronizer>();
        services.AddScoped<IKnowledgeArticleAppService, KnowledgeArticleAppService>();
        services.AddScoped<IKnowledgeSearchAppService, KnowledgeSearchAppService>();
        services.AddScoped<IKnowledgeCategoryAppService, KnowledgeCategoryAppService>();
        services.AddScoped<IKnowledgeImageAppService, KnowledgeImageAppService>();
        return services;
    }
}
