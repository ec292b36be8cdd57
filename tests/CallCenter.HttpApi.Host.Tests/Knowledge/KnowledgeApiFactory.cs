using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Knowledge;

/// <summary>
/// The API host with its knowledge index in a temporary directory (removed afterwards) and a clock the tests move,
/// so scheduled publishing is tested without waiting.
/// </summary>
public sealed class KnowledgeApiFactory : CallCenterApiFactory
{
    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "cc-knowledge-test-" + Guid.NewGuid().ToString("N")[..8]);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Knowledge:IndexPath", IndexPath);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(IndexPath)) Directory.Delete(IndexPath, recursive: true);
    }
}
