using CallCenter.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: CallCenter.DbMigrator [--households N] [--no-demo] | --print-logins
// The database comes from CALLCENTER_DB (a Npgsql connection string); it is created if missing.
if (args.Contains("--print-logins"))
{
    Console.WriteLine($"  Demo logins (password for all: {DemoUsers.Password})");
    foreach (var (userName, displayName, role, station) in DemoUsers.All)
        Console.WriteLine($"    {userName,-11} {role,-18} {displayName}{(station is null ? "" : " · " + station)}");
    return 0;
}
var connectionString = Environment.GetEnvironmentVariable("CALLCENTER_DB");
if (string.IsNullOrWhiteSpace(connectionString))
{
    Console.Error.WriteLine("CALLCENTER_DB is not set (e.g. Host=127.0.0.1;Port=5432;Database=callcenter;Username=postgres;Password=...)");
    return 2;
}
var households = 2000;
var demo = !args.Contains("--no-demo");
var index = Array.IndexOf(args, "--households");
if (index >= 0 && (index + 1 >= args.Length || !int.TryParse(args[index + 1], out households) || households < 0))
{
    Console.Error.WriteLine("--households needs a non-negative number");
    return 2;
}

var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        // "database does not exist" is expected on the first run: Migrate creates it.
        .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical))
    .AddCallCenterMigrator(connectionString)
    .BuildServiceProvider();
await using (services)
{
    using var scope = services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(households, demo);
}
Console.WriteLine($"Database ready: migrations applied, {(demo ? households + " demo households" : "no demo data")}.");
return 0;
