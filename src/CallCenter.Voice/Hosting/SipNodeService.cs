using System.Net.Sockets;
using CallCenter.Calls;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Prompts;
using CallCenter.Voice.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Hosting;

/// <summary>
/// The SIP node: one endpoint on the configured UDP port whose calls go to <see cref="IncomingCallRouter"/>. Runs in
/// the Host by default and alone in CallCenter.SipNode; a port already taken is logged, not fatal, so a web node
/// beside a SIP node on the same machine still starts. Missing stock prompts are generated in the background.
/// </summary>
public sealed class SipNodeService(
    VoiceOptions options,
    IncomingCallRouter router,
    CallSessionRegistry sessions,
    IServiceScopeFactory scopes,
    OrphanedCallRecovery recovery,
    TimeProvider time,
    ILoggerFactory loggers,
    ILogger<SipNodeService> log) : IHostedService, IDisposable
{
    private SipEndpoint? _endpoint;
    private Task? _seeding;
    private Task<int>? _recovery;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The running endpoint (null when SIP is disabled or the port was taken); tests read its port.</summary>
    public SipEndpoint? Endpoint => _endpoint;

    public Task? PromptSeeding => _seeding;

    /// <summary>Ending the calls this node's previous process left in progress (null when SIP did not start); yields how many.</summary>
    public Task<int>? Recovery => _recovery;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.SeedPrompts) _seeding = Task.Run(SeedPromptsAsync, CancellationToken.None);
        if (!options.SipEnabled) return Task.CompletedTask;
        try
        {
            _endpoint = new SipEndpoint(new SipEndpointOptions
            {
                ListenAddress = options.ListenAddress,
                Port = options.Port,
                AdvertisedAddress = options.AdvertisedAddress,
                RtpPortMin = options.RtpPortMin,
                RtpPortMax = options.RtpPortMax,
                MediaInactivityTimeout = options.MediaInactivityTimeout,
                UserAgent = "CallCenter IVR",
            }, loggers: loggers);
        }
        catch (SocketException e)
        {
            log.LogError(e, "SIP node not started: UDP {Address}:{Port} is not available (set Voice:Sip:Port)", options.ListenAddress, options.Port);
            return Task.CompletedTask;
        }
        _endpoint.IncomingCall += call => _ = router.HandleAsync(call);
        // Taken before the first call can arrive: every open record of this node older than this is a previous life's.
        var startedAt = time.GetUtcNow();
        _endpoint.Start();
        _recovery = Task.Run(() => RecoverAsync(startedAt), CancellationToken.None);
        log.LogInformation("SIP node listening on udp/{EndPoint}, advertising {Address}", _endpoint.LocalEndPoint, _endpoint.AdvertisedAddress);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Taken once: a host stopped twice (test hosts are) must not dispose the endpoint twice.
        var endpoint = Interlocked.Exchange(ref _endpoint, null);
        if (endpoint is null) return;
        await _stopping.CancelAsync();
        endpoint.Dispose();
        // Hanging up ends every session; give their final writes a moment.
        for (var i = 0; i < 20 && sessions.Count > 0; i++) await Task.Delay(100, CancellationToken.None);
    }

    private async Task<int> RecoverAsync(DateTimeOffset startedAt)
    {
        try
        {
            return await recovery.RecoverAsync(startedAt, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        catch (Exception e)
        {
            log.LogError(e, "Ending the calls left open by this node's previous run failed");
            return 0;
        }
    }

    private async Task SeedPromptsAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var made = await scope.ServiceProvider.GetRequiredService<IVoicePromptAppService>().EnsureGeneratedAsync(StockPrompts.All);
            if (made > 0) log.LogInformation("Generated {Count} stock prompts with espeak-ng", made);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Generating the stock prompts failed; calls play what exists");
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _endpoint, null)?.Dispose();
        _stopping.Cancel(); // not disposed: StopAsync and Dispose may both run, in either order
    }
}
