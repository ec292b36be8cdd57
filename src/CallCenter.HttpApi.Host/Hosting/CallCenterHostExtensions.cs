using System.Globalization;
using System.Text.Json.Serialization;
using CallCenter.Auth;
using CallCenter.Endpoints;
using CallCenter.EntityFrameworkCore;
using CallCenter.Errors;
using CallCenter.Health;
using CallCenter.Localization;
using CallCenter.Settings;
using CallCenter.Workflows;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace CallCenter.Hosting;

/// <summary>The composition root, split out of Program.cs so the tests' WebApplicationFactory builds the same app.</summary>
public static class CallCenterHostExtensions
{
    public const string ConnectionStringName = "Default";

    public static WebApplicationBuilder AddCallCenter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // CALLCENTER_DB (run.sh's contract, read from the environment or any configuration source) wins over appsettings.
        var connectionString = configuration["CALLCENTER_DB"] is { Length: > 0 } env
            ? env
            : configuration.GetConnectionString(ConnectionStringName)
              ?? throw new InvalidOperationException("No database: set CALLCENTER_DB or ConnectionStrings:Default.");
        configuration[$"ConnectionStrings:{ConnectionStringName}"] = connectionString;

        services.Configure<CompanyOptions>(configuration.GetSection(CompanyOptions.Section));
        services.AddCallCenterEntityFrameworkCore(connectionString);
        services.AddCallCenterApplication();
        services.AddCallCenterAuth(configuration);
        services.AddCallCenterKnowledge(configuration, builder.Environment);
        services.AddCallCenterWorkflows(configuration);
        services.AddCallCenterVoiceHost(configuration);
        services.AddCallCenterAgentDesk();
        services.AddScoped<CallCenter.Workflows.Designer.IWorkflowEditLog, CallCenter.Workflows.Designer.AuditLogWorkflowEditLog>();
        services.AddCallCenterWorkOrders(configuration, builder.Environment);
        services.AddCallCenterFiles(configuration, builder.Environment);
        services.AddCallCenterOptionsValidation();
        // Agents' HA1s are computed for the realm the registrar challenges with (ADR 0600 D1).
        services.Configure<CallCenter.Acd.AcdSipOptions>(o => o.Realm = configuration["Voice:Sip:Realm"] is { Length: > 0 } realm ? realm : o.Realm);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Statuses produced without an exception (401 from the cookie, 403 from a policy, 404 route) get a code too.
            if (ctx.ProblemDetails.Extensions.ContainsKey("code")) return;
            var code = ctx.ProblemDetails.Status switch
            {
                401 => CallCenterErrorCodes.Unauthorized,
                405 => InputErrorCodes.MethodNotAllowed,
                415 => InputErrorCodes.UnsupportedMediaType,
                403 => CallCenterErrorCodes.Forbidden,
                404 => CallCenterErrorCodes.NotFound,
                _ => null,
            };
            if (code is null) return;
            ctx.ProblemDetails.Extensions["code"] = code;
            ctx.ProblemDetails.Detail ??= code == CallCenterErrorCodes.NotFound ? null : L.Get(code);
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<CallCenter.Input.UnmatchedApiRequest>();
        // Binding failures throw so the handler can name the offending field (otherwise: a bare 400 in Production).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("CallCenter");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddOpenApi(OpenApiContract.Configure);
        services.AddSingleton(sp => new RequestAdmission(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StartupWarmUp>().Done));
        services.AddSingleton<StartupWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<WarmUpHealthCheck>("warm-up", tags: ["ready"]);
        services.AddRequestLocalization(o =>
        {
            var cultures = L.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(L.DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return builder;
    }

    public static WebApplication UseCallCenter(this WebApplication app)
    {
        // Localization first: the error handler below must answer in the caller's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The SPA's files are looked up on disk only for non-API paths: an API call skips two stat() calls.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), spa => spa.UseSpaStaticFiles(app.Environment));
        // Before authentication: a turned-away request costs no token validation or permission lookup.
        app.UseMiddleware<RequestAdmissionMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CallCenter.Input.InputGuardMiddleware>();
        app.UseWorkflowJobsDashboard();

        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("CallCenter API").WithOpenApiRoutePattern("/api/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapAccountEndpoints();
        app.MapHouseholdEndpoints();
        app.MapScreenPopEndpoints();
        app.MapStationEndpoints();
        app.MapAcdConfigurationEndpoints();
        app.MapIdentityEndpoints();
        app.MapAuditLogEndpoints();
        app.MapSettingsEndpoints();
        app.MapKnowledgeEndpoints();
        app.MapWorkflowEndpoints();
        app.MapVoiceEndpoints();
        app.MapContactEndpoints();
        app.MapWorkOrderEndpoints();
        app.MapSupervisionEndpoints();
        app.MapNotificationEndpoints();
        app.MapAgentDeskHub();

        // Unknown /api paths are 404 ProblemDetails; every other path is the SPA's client-side route.
        // (405 for a known address with another method, 415 for a refused Content-Type: see UnmatchedApiRequest.)
        app.MapFallback("/api/{**rest}", (HttpContext http, CallCenter.Input.UnmatchedApiRequest unmatched) => unmatched.WriteAsync(http)).AllowAnonymous();
        app.MapSpaFallback(app.Environment).AllowAnonymous();
        return app;
    }
}
