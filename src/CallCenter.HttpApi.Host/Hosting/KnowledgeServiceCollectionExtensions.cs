using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using Npgsql;

namespace CallCenter.Hosting;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The Lucene index (one per process, it owns the directory's write lock) and the background service that makes
    /// it current at start-up and publishes scheduled articles. Knowledge:IndexPath overrides the default
    /// App_Data/knowledge-index/&lt;database&gt; — per database, so two hosts on two databases never share an index.
    /// </summary>
    public static IServiceCollection AddCallCenterKnowledge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<KnowledgeIndexOptions>(o =>
        {
            configuration.GetSection(KnowledgeIndexOptions.Section).Bind(o);
            if (string.IsNullOrWhiteSpace(o.IndexPath))
            {
                var database = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(CallCenterHostExtensions.ConnectionStringName)).Database;
                o.IndexPath = Path.Combine(environment.ContentRootPath, "App_Data", "knowledge-index", database ?? "default");
            }
        });
        services.AddSingleton<IKnowledgeIndex>(sp =>
        {
            var path = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeIndexOptions>>().Value.IndexPath;
            Directory.CreateDirectory(path);
            return new LuceneKnowledgeIndex(path);
        });
        services.AddHostedService<KnowledgeBackgroundService>();
        return services;
    }
}
