using CallCenter.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.WorkOrders;

/// <summary>
/// The API host for work-order tests: a clock the tests move (SLA deadlines, workflow timeouts), the photo store
/// in a temporary folder (removed afterwards) and a small photo limit, so an oversized upload is cheap to send.
/// Hangfire runs as in production; a test fires a timer's job by requeueing it (see <see cref="WorkflowTimers"/>).
/// </summary>
public class WorkOrderApiFactory : CallCenterApiFactory
{
    public const long MaxPhotoBytes = 64 * 1024;

    public string FileStorePath { get; } = Path.Combine(Path.GetTempPath(), "cc-wo-files-" + Guid.NewGuid().ToString("N")[..8]);

    // Hangfire schedules by the wall clock, so the fake clock starts at now and only ever moves forward.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("WorkOrders:FileStorePath", FileStorePath);
        builder.UseSetting("WorkOrders:MaxPhotoBytes", MaxPhotoBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Sign-in tokens keep the wall clock (their validation does): a test that moves the clock days ahead
            // must still be able to sign in.
            services.AddSingleton(sp => new JwtTokenService(sp.GetRequiredService<IOptions<JwtOptions>>(), TimeProvider.System));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(FileStorePath)) Directory.Delete(FileStorePath, recursive: true);
    }
}
