using CallCenter.Workflows.Designer;
using CallCenter.Workflows.Hosting;
using CallCenter.Workflows.Http;
using CallCenter.Workflows.Http.Endpoints;
using CallCenter.Workflows.Scheduling.Hangfire;
using CallCenter.Workflows.Stores;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows;

/// <summary>
/// The workflow engine in the host: PostgreSQL stores, Hangfire timers (schema "hangfire", queue "workflows"),
/// the workflows/ folder import, the sweeper, and the API. Program.cs calls the two extension methods.
/// </summary>
public static class WorkflowHostExtensions
{
    public const string ConfigurationSection = "Workflows";

    public static IServiceCollection AddCallCenterWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
                               ?? throw new InvalidOperationException("The workflow engine needs ConnectionStrings:Default.");
        var section = configuration.GetSection(ConfigurationSection);
        var options = new WorkflowHostOptions
        {
            DefinitionsPath = section["DefinitionsPath"],
            ImportAtStartup = section.GetValue("ImportAtStartup", true),
            HangfireEnabled = section.GetValue("Hangfire:Enabled", true),
            HangfireWorkers = section.GetValue("Hangfire:Workers", Math.Max(2, Environment.ProcessorCount)),
        };
        services.AddSingleton(options);
        // Read eagerly (Hangfire's registration depends on it); checked at start like the bound options.
        services.AddOptions<WorkflowHostOptions>()
            .Validate(_ => options.HangfireWorkers is >= 1 and <= 64, $"{ConfigurationSection}:Hangfire:Workers must be between 1 and 64 (was {options.HangfireWorkers}).")
            .Validate(_ => !options.ImportAtStartup || string.IsNullOrEmpty(options.DefinitionsPath) || Directory.Exists(options.DefinitionsPath),
                $"{ConfigurationSection}:DefinitionsPath '{options.DefinitionsPath}' is not a folder.")
            .ValidateOnStart();
        services.AddCallCenterWorkflowPostgresStores(connectionString);
        services.AddCallCenterWorkflowEngine(o =>
        {
            if (section["NodeId"] is { Length: > 0 } node) o.NodeId = node;
            if (section.GetValue<TimeSpan?>("LeaseDuration") is { } lease) o.LeaseDuration = lease;
            // Workflows:RetentionPeriod (e.g. "30.00:00:00"; "Forever" keeps everything) and Workflows:RetentionInterval.
            if (section["RetentionPeriod"] is { Length: > 0 } retention)
                o.RetentionPeriod = retention.Equals("Forever", StringComparison.OrdinalIgnoreCase) ? null
                    : TimeSpan.TryParse(retention, System.Globalization.CultureInfo.InvariantCulture, out var period) ? period
                    : throw new InvalidOperationException($"{ConfigurationSection}:RetentionPeriod '{retention}' is neither a duration nor \"Forever\".");
            if (section.GetValue<TimeSpan?>("RetentionInterval") is { } interval) o.RetentionInterval = interval;
            o.OptimisticResume = section.GetValue("OptimisticResume", true); // ADR 0200 D11
        });
        services.AddCallCenterWorkflowHttp();
        if (options.HangfireEnabled)
        {
            // TryAdd: if the host already configured Hangfire storage (for its dashboard), timers share it.
            services.TryAddSingleton(_ => WorkflowHangfireStorage.Create(connectionString));
            services.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
            services.AddCallCenterWorkflowHangfireTimers();
            services.AddHostedService<WorkflowHangfireServerService>();
        }
        services.AddSingleton<Designer.WorkflowDesignerQueries>();
        services.AddHostedService<ExpressionWarmUpService>();
        services.AddHostedService<WorkflowFolderImportService>();
        services.AddHostedService<WorkflowSweeperService>();
        return services;
    }

    /// <summary>The API under /api/workflows and the HttpEndpoint trigger route under /workflows/http/{**path}.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapWorkflowDefinitionEndpoints();
        app.MapWorkflowInstanceEndpoints();
        app.MapWorkflowDesignerEndpoints();
        app.MapWorkflowHttpEndpoints();
        return app;
    }

    /// <summary>Applies the engine's migrations (schema "workflows"); the DbMigrator calls it.</summary>
    public static async Task MigrateWorkflowsAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
