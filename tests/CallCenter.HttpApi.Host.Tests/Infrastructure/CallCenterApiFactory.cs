using System.Net.Http.Headers;
using System.Net.Http.Json;
using CallCenter.Identity;
using CallCenter.Seeding;
using CallCenter.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Infrastructure;

/// <summary>
/// The real host on a fresh PostgreSQL database (one per test class), migrated and seeded by the real DbMigrator
/// code with the demo organization, one user per role and a few demo households.
/// </summary>
public class CallCenterApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int SeededHouseholds = 60;
    private readonly TestDatabase _database = new();
    // Each host gets its own knowledge index folder, removed afterwards, instead of piling up under App_Data.
    private readonly string _knowledgeIndex = Path.Combine(Path.GetTempPath(), "cc-knowledge-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _fileStore = Path.Combine(Path.GetTempPath(), "cc-files-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Dictionary<string, string> _tokens = new();

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var services = new ServiceCollection().AddCallCenterMigrator(_database.ConnectionString).BuildServiceProvider();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(SeededHouseholds, demoData: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CALLCENTER_DB", _database.ConnectionString);
        builder.UseSetting("Knowledge:IndexPath", _knowledgeIndex);
        builder.UseSetting("Files:RootPath", _fileStore);
        builder.UseSetting("Jwt:SigningKey", "test-signing-key-of-at-least-thirty-two-characters");
        // Tokens live on the test clock, which tests move forward by up to days (SLA and escalation timers): the longest
        // allowed lifetime keeps a cached token valid across those jumps.
        builder.UseSetting("Jwt:Lifetime", "30.00:00:00");
        // API tests place no calls: no SIP socket (test hosts would fight over udp/5060) and no prompt synthesis at start.
        builder.UseSetting("Voice:Sip:Enabled", "false");
        builder.UseSetting("Voice:SeedPrompts", "false");
        // The SLA sweep files supervision items on its own every minute; tests that need it run it (SlaBreachSweepTests).
        builder.UseSetting("WorkOrders:SlaSweepEnabled", "false");
        builder.UseEnvironment("Production");
    }

    /// <summary>A client authenticated as a demo user by bearer token (tokens are cached per user).</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string culture = "zh-Hans")
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto(userName, DemoUsers.Password));
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenDto>(Json.Options))!.AccessToken;
            _tokens[userName] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    public IServiceScope CreateScope() => Services.CreateScope();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_knowledgeIndex)) Directory.Delete(_knowledgeIndex, recursive: true);
        if (Directory.Exists(_fileStore)) Directory.Delete(_fileStore, recursive: true);
    }
}
