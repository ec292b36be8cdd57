using System.Net.Sockets;
using CallCenter.Calls;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Registration;
using CallCenter.Voice.Acd;
using CallCenter.Voice.Prompts;
using CallCenter.Voice.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Hosting;

/// <summary>
/// The SIP node: one endpoint on the configured UDP port whose calls go to <see cref="IncomingCallRouter"/>. Runs in
/// the Host by default and alone in CallCenter.SipNode; a port already taken is logged, not fatal, so a web node
/// beside a SIP node on the same machine still starts — and so is a node id another running node holds
/// (<see cref="ISipNodeClaim"/>). Missing stock prompts are generated in the background.
/// </summary>
public sealed class SipNodeService(
    VoiceOptions options,
    IncomingCallRouter router,
    CallSessionRegistry sessions,
    IServiceScopeFactory scopes,
    OrphanedCallRecovery recovery,
    ISipNodeClaim claims,
    AcdService acd,
    AcdOwnership ownership,
    SipAccountCredentialStore credentials,
    TimeProvider time,
    ILoggerFactory loggers,
    ILogger<SipNodeService> log) : IHostedService, IDisposable
{
    /// <summary>How often a start tries to claim its node id, half a second apart: a node killed a moment ago holds it until PostgreSQL notices.</summary>
    private const int ClaimAttempts = 10;

    private SipEndpoint? _endpoint;
    private IAsyncDisposable? _claim;
    private Task? _seeding;
    private Task<int>? _recovery;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The running endpoint (null when SIP is disabled or the port was taken); tests read its port.</summary>
    public SipEndpoint? Endpoint => _endpoint;

    public Task? PromptSeeding => _seeding;

    /// <summary>Ending the calls this node's previous process left in progress (null when SIP did not start); yields how many.</summary>
    public Task<int>? Recovery => _recovery;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.SeedPrompts) _seeding = Task.Run(SeedPromptsAsync, CancellationToken.None);
        if (!options.SipEnabled) return;
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
            return;
        }
        // Before recovery: the calls it ends as orphans must really be this id's previous process's, not a live twin's.
        _claim = await ClaimNodeIdAsync(cancellationToken);
        if (_claim is null)
        {
            _endpoint.Dispose();
            _endpoint = null;
            return;
        }
        _endpoint.IncomingCall += call => _ = router.HandleAsync(call);
        // Agents' phones register here (ADR 0600 D2) and the ACD rings their bindings from this endpoint.
        _endpoint.EnableRegistrar(credentials, new RegistrarOptions
        {
            Realm = options.SipRealm,
            MaxExpiresSeconds = options.RegistrarMaxExpiresSeconds,
            DefaultExpiresSeconds = Math.Min(3600, options.RegistrarMaxExpiresSeconds),
        });
        acd.Endpoint = _endpoint;
        // ADR 0600 D4: standing by until elected (queue calls answer NoAgents meanwhile); the owner runs D3's sweep of
        // the queue-event chains a dead owner left open when it takes over — at start, or when another owner dies.
        ownership.Start(options.AcdOwnerLock);
        // Taken before the first call can arrive: every open record of this node older than this is a previous life's.
        var startedAt = time.GetUtcNow();
        _endpoint.Start();
        _recovery = Task.Run(() => RecoverAsync(startedAt), CancellationToken.None);
        log.LogInformation("SIP node listening on udp/{EndPoint} as {NodeId}, advertising {Address}", _endpoint.LocalEndPoint, options.NodeId, _endpoint.AdvertisedAddress);
    }

    private async Task<IAsyncDisposable?> ClaimNodeIdAsync(CancellationToken ct)
    {
        try
        {
            for (var attempt = 1; attempt <= ClaimAttempts; attempt++)
            {
                if (await claims.TryClaimAsync(options.NodeId, ct) is { } claim) return claim;
                if (attempt < ClaimAttempts) await Task.Delay(500, ct);
            }
            log.LogError("SIP node not started: Voice:NodeId {NodeId} is in use by another running SIP node, whose calls this one would end " +
                         "as its own orphans; give each SIP process its own Voice:NodeId", options.NodeId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "SIP node not started: claiming Voice:NodeId {NodeId} failed", options.NodeId);
        }
        return null;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Taken once: a host stopped twice (test hosts are) must not dispose the endpoint twice.
        var endpoint = Interlocked.Exchange(ref _endpoint, null);
        if (endpoint is null) return;
        await _stopping.CancelAsync();
        // Giving the lock up first: a standby takes over while this node's calls end.
        await ownership.DisposeAsync();
        acd.Endpoint = null;
        endpoint.Dispose();
        // Hanging up ends every session; give their final writes a moment.
        for (var i = 0; i < 20 && sessions.Count > 0; i++) await Task.Delay(100, CancellationToken.None);
        if (Interlocked.Exchange(ref _claim, null) is { } claim) await claim.DisposeAsync();
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
