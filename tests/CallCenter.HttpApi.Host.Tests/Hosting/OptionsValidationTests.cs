using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace CallCenter.Hosting;

/// <summary>
/// A wrong setting stops the Host at start (ValidateOnStart) and the failure names the configuration key — the
/// deployer reads "Voice:Sip:Port", not a socket error on the first call. No database is needed: validation runs
/// before any hosted service, so the connection string points nowhere on purpose.
/// </summary>
public class OptionsValidationTests
{
    // One host per case (each start costs seconds on a loaded machine): a few per kind of check, not every setting.
    [Theory]
    [InlineData("Voice:Sip:Port", "70000", "Voice:Sip:Port must be between 0 and 65535 (was 70000)")] // range, own validator
    [InlineData("Voice:Sip:Port", "five-o-six-o", "Voice:Sip:Port")] // does not parse
    [InlineData("Company:TimeZone", "Mars/Olympus_Mons", "Company:TimeZone")] // IValidatableObject
    [InlineData("Jwt:SigningKey", "too-short", "Jwt:SigningKey")] // data annotation
    [InlineData("Notifications:Sms:Url", "not a url", "Notifications:Sms:Url")]
    [InlineData("Workflows:LeaseDuration", "00:00:00", "Workflows:LeaseDuration")] // the engine's validator
    [InlineData("Workflows:Hangfire:Workers", "0", "Workflows:Hangfire:Workers")] // read eagerly, checked at start
    public void Should_refuse_to_start_and_name_the_setting(string key, string value, string named)
    {
        using var factory = new MisconfiguredHost(key, value);

        var failure = Should.Throw<Exception>(() => factory.Services);

        Messages(failure).ShouldContain(named, Case.Sensitive);
    }

    private static string Messages(Exception e) =>
        string.Join(" | ", Flatten(e).Select(x => x.Message));

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        yield return e;
        if (e is AggregateException a) foreach (var inner in a.InnerExceptions.SelectMany(Flatten)) yield return inner;
        else if (e.InnerException is { } inner) foreach (var x in Flatten(inner)) yield return x;
    }

    private sealed class MisconfiguredHost(string key, string value) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("CALLCENTER_DB", "Host=127.0.0.1;Port=1;Database=never_reached;Username=none;Password=none");
            builder.UseSetting("Jwt:SigningKey", "test-signing-key-of-at-least-thirty-two-characters");
            builder.UseSetting("Voice:Sip:Enabled", "false");
            builder.UseSetting("Voice:SeedPrompts", "false");
            builder.UseSetting(key, value);
            builder.UseEnvironment("Production");
        }
    }
}
