using System.Diagnostics;
using CallCenter.EntityFrameworkCore;
using CallCenter.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Hosting;

/// <summary>
/// Issue 15: after a kill -9 and restart under load, /health/ready said ready while the first work-order write took
/// ~10 s. A cold host pays for the EF model, Npgsql's type loading and first statements, the workflow definitions'
/// compilation and the JIT of all of it on the first requests — on two cores shared with PostgreSQL, while the clients
/// that waited during the restart all arrive at once. This runs those paths once, off the request path, and
/// <see cref="WarmUpHealthCheck"/> keeps readiness false until it is done, so a load balancer sends traffic only to a
/// host that can serve at full rate. Liveness is unaffected. Hosting:WarmUpBeforeReady=false turns it off (the restart
/// benchmark compares both).
/// </summary>
public sealed partial class StartupWarmUp(IServiceScopeFactory scopes, WorkflowRuntime runtime, IConfiguration configuration, ILogger<StartupWarmUp> log)
    : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Enabled { get; } = configuration.GetValue("Hosting:WarmUpBeforeReady", true);

    /// <summary>Completes when the warm-up is done (at once when it is off): the API's admission gate waits for it (ADR 0017).</summary>
    public Task Done => Enabled ? _done.Task : Task.CompletedTask;

    /// <summary>Done (or off): the host may report ready.</summary>
    public bool IsDone => !Enabled || _done.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        var clock = Stopwatch.StartNew();
        // Three passes: EF compiles a query on its first use and Npgsql auto-prepares a statement on its second (ADR 0016),
        // so the requests after ready meet compiled, prepared statements. Each step on its own: a failing one (database
        // still starting) is logged and must not keep the host unready for ever.
        await StepAsync("connections", WarmConnectionsAsync, stoppingToken);
        for (var round = 0; round < 3 && !stoppingToken.IsCancellationRequested; round++)
        {
            await StepAsync("request services", WarmRequestServicesAsync, stoppingToken);
            await StepAsync("database reads", WarmDatabaseAsync, stoppingToken);
            await StepAsync("work-order write", WarmWorkOrderWriteAsync, stoppingToken);
            await StepAsync("workflows", WarmWorkflowsAsync, stoppingToken);
        }
        _done.TrySetResult();
        log.LogInformation("Warm-up done in {Ms} ms; reporting ready", clock.ElapsedMilliseconds);
    }

    private async Task StepAsync(string name, Func<CancellationToken, Task> step, CancellationToken ct)
    {
        try { await step(ct); }
        catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Warm-up step {Step} failed", name); }
    }

    /// <summary>
    /// The pools filled: the restart benchmark's stacks showed the first burst after a restart paying a SCRAM handshake
    /// (PBKDF2) per new connection on the request threads. Opened together, returned to the pool, kept there by
    /// Minimum Pool Size (NpgsqlProductDefaults).
    /// </summary>
    private async Task WarmConnectionsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var efConnectionString = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Database.GetConnectionString();
        var engine = scope.ServiceProvider.GetRequiredService<CallCenter.Workflows.Stores.WorkflowsDataSource>().DataSource;
        var opened = new List<System.Data.Common.DbConnection>();
        try
        {
            var opening = new List<Task<System.Data.Common.DbConnection>>();
            for (var i = 0; i < CallCenter.EntityFrameworkCore.NpgsqlProductDefaults.WarmConnections; i++)
            {
                if (efConnectionString is not null) opening.Add(OpenAsync(new Npgsql.NpgsqlConnection(efConnectionString), ct));
                opening.Add(OpenAsync(engine.CreateConnection(), ct));
            }
            opened.AddRange(await Task.WhenAll(opening));
        }
        finally
        {
            foreach (var connection in opened) await connection.DisposeAsync();
        }
    }

    private static async Task<System.Data.Common.DbConnection> OpenAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// The services a request resolves, built once: the container compiles each service graph on first use (the stacks
    /// showed request threads doing it for the work-order services), and the read paths agents hit on every call.
    /// </summary>
    private async Task WarmRequestServicesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CallCenter.WorkOrders.IWorkOrderAppService>();
        services.GetRequiredService<CallCenter.Contacts.IContactAppService>();
        services.GetRequiredService<CallCenter.Customers.IHouseholdAppService>();
        services.GetRequiredService<CallCenter.WorkOrders.ITechnicianJobAppService>();
        await services.GetRequiredService<CallCenter.ScreenPop.IScreenPopAppService>().LookupAsync("+8613000000000", ct);
    }

    /// <summary>The entities a work-order write and a screen pop touch: builds the model, compiles the queries, prepares statements.</summary>
    private async Task WarmDatabaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        await db.WorkOrders.AsNoTracking().OrderByDescending(o => o.CreationTime).Take(1).ToListAsync(ct);
        await db.WorkOrderTransitions.AsNoTracking().Take(1).ToListAsync(ct);
        await db.Households.AsNoTracking().Include(h => h.Phones).Take(1).ToListAsync(ct);
        await db.DispositionNodes.AsNoTracking().Take(1).ToListAsync(ct);
        await db.SlaPolicies.AsNoTracking().Take(1).ToListAsync(ct);
        await db.DailySequences.AsNoTracking().Take(1).ToListAsync(ct);
        await db.Stations.AsNoTracking().Take(1).ToListAsync(ct);
        await db.Notifications.AsNoTracking().Take(1).ToListAsync(ct);
        await db.AuditLogs.AsNoTracking().Take(1).ToListAsync(ct);
        await db.PermissionGrants.AsNoTracking().Take(1).ToListAsync(ct);
    }

    /// <summary>Every published definition compiled (Jint scripts included) and the engine's data source opened.</summary>
    private async Task WarmWorkflowsAsync(CancellationToken ct)
    {
        foreach (var definition in await runtime.Definitions.ListLatestAsync(ct))
        {
            if (await runtime.Definitions.GetPublishedVersionAsync(definition.DefinitionId, ct) is { } version)
                await runtime.GetCompiledAsync(definition.DefinitionId, version, ct);
        }
    }
}
