using System.Net;
using CallCenter.Calendars;
using CallCenter.Calls;
using CallCenter.Seeding;
using CallCenter.Testing;
using CallCenter.Voice.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Tests.Support;

/// <summary>
/// The real Host (composition root, workflow engine on PostgreSQL, workflows/ imported at start) with its SIP node on
/// a free loopback port, on a fresh database seeded with the demo data. Prompts are synthesized by espeak-ng into a
/// cache shared by test runs on this machine.
/// </summary>
public sealed class VoiceHostFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int SeededHouseholds = 20;
    private readonly TestDatabase _database = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("cc-voice-host-").FullName;

    public static string PromptCache { get; } = Path.Combine(Path.GetTempPath(), "callcenter-voice-tests-prompts");

    public IPEndPoint SipAddress { get; private set; } = null!;

    /// <summary>Every warning and error the host logged, with its exception: stress tests assert on it.</summary>
    public LogSink Log { get; } = new();

    /// <summary>The fixture's database, for a stand-alone SIP node process started by a test.</summary>
    public string DatabaseConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var migrator = new ServiceCollection().AddCallCenterMigrator(_database.ConnectionString).BuildServiceProvider())
        {
            using var scope = migrator.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(SeededHouseholds, demoData: true);
        }
        var node = Services.GetRequiredService<SipNodeService>();
        node.Endpoint.ShouldNotBeNull("the SIP node did not start");
        SipAddress = node.Endpoint!.LocalEndPoint;
        await node.PromptSeeding!.WaitAsync(TimeSpan.FromMinutes(3));
        using var scope2 = Services.CreateScope();
        (await scope2.ServiceProvider.GetRequiredService<IVoicePromptAppService>().GetListAsync()).Count.ShouldBeGreaterThanOrEqualTo(10);
        await KeepCalendarOpenAsync();
        await WaitForPublishedIvrAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CALLCENTER_DB", _database.ConnectionString);
        builder.UseSetting("Knowledge:IndexPath", Path.Combine(_scratch, "knowledge"));
        builder.UseSetting("Jwt:SigningKey", "test-signing-key-of-at-least-thirty-two-characters");
        builder.UseSetting("Voice:Sip:ListenAddress", "127.0.0.1");
        builder.UseSetting("Voice:Sip:Port", "0");
        builder.UseSetting("Voice:Sip:RtpPortMin", "0");
        builder.UseSetting("Voice:Sip:RtpPortMax", "0");
        builder.UseSetting("Voice:TransferTargets:agent", "sip:8000@127.0.0.1:5999");
        builder.UseSetting("Voice:PromptCachePath", PromptCache);
        builder.UseSetting("Voice:NodeId", "voice-tests");
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    /// <summary>Tests run at any hour: when the business calendar exists, it is opened round the clock (the Closed branch has its own test).</summary>
    private async Task KeepCalendarOpenAsync()
    {
        using var scope = Services.CreateScope();
        var calendar = scope.ServiceProvider.GetService<IBusinessCalendarAppService>();
        if (calendar is null) return;
        var current = await calendar.GetAsync();
        await calendar.UpdateAsync(new UpdateBusinessCalendarDto
        {
            Name = current.Name, TimeZone = current.TimeZone, ConcurrencyStamp = current.ConcurrencyStamp, SpecialDays = [],
            WorkingHours = Enum.GetValues<DayOfWeek>().Select(d => new WorkingHoursDto(d, "00:00", "24:00")).ToList(),
        });
    }

    private async Task WaitForPublishedIvrAsync()
    {
        var runtime = Services.GetRequiredService<Workflows.Runtime.WorkflowRuntime>();
        for (var i = 0; i < 200; i++)
        {
            if (await runtime.Definitions.GetPublishedVersionAsync("ivr-main", CancellationToken.None) is not null) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException("workflows/ivr-main.json was not published at start");
    }

    public T Get<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The record of the call with this SIP Call-ID once it has ended (bounded wait).</summary>
    public async Task<CallRecordDto> EndedCallAsync(Func<CallRecordListItemDto, bool> match, int seconds = 30)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            using var scope = Services.CreateScope();
            var calls = Get<ICallRecordAppService>(scope);
            var page = await calls.SearchAsync(new CallRecordSearchDto { PageSize = 50 });
            var found = page.Items.FirstOrDefault(c => match(c) && c.EndedAt is not null);
            if (found is not null) return await calls.GetAsync(found.Id);
            await Task.Delay(100);
        }
        throw new TimeoutException("no ended call record matched");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_scratch, recursive: true);
    }
}
