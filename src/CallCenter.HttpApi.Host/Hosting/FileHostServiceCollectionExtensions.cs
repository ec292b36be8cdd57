using CallCenter.Files;
using CallCenter.WorkOrders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Hosting;

public static class FileHostServiceCollectionExtensions
{
    /// <summary>
    /// The one file store of every <see cref="StoredFile"/>: Files:RootPath (default App_Data/files under the content
    /// root). Its "work-orders" folder stays where work-order photos and signatures have always been
    /// (WorkOrders:FileStorePath) unless Files:Mounts:work-orders says otherwise, so no file has to move.
    /// </summary>
    public static IServiceCollection AddCallCenterFiles(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<FileStoreOptions>(configuration.GetSection(FileStoreOptions.Section));
        services.TryAddSingleton<IFileStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FileStoreOptions>>().Value;
            var mounts = new Dictionary<string, string>(options.Mounts, StringComparer.Ordinal);
            mounts.TryAdd("work-orders", sp.GetRequiredService<IOptions<WorkOrderOptions>>().Value.FileStorePath);
            return new DiskFileStore(Path.Combine(environment.ContentRootPath, options.RootPath),
                mounts.ToDictionary(m => m.Key, m => Path.Combine(environment.ContentRootPath, m.Value)));
        });
        return services;
    }
}
