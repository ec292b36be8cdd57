using CallCenter.Permissions;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Hosting;

/// <summary>
/// Hangfire's dashboard at /hangfire over the storage the workflow timers already use: what is scheduled, what fired,
/// what failed and is retrying — for the operators who manage instances (Workflows.Instances.Manage: Administrator,
/// Supervisor). Mounted as middleware on that storage rather than through AddHangfire, so Hangfire's global
/// configuration (activator, serializer) stays as the timers set it. Signed in without the permission (cookie or
/// bearer): 403; not signed in: 401. The storage's connection string is never shown. In Hosting, not Workflows/: the
/// engine's tests compile the host's Workflows folder without Hangfire.AspNetCore.
/// </summary>
public static class WorkflowJobsDashboard
{
    public const string Path = "/hangfire";

    public static WebApplication UseWorkflowJobsDashboard(this WebApplication app)
    {
        // No storage: Workflows:Hangfire:Enabled is false, timers run elsewhere, and there is nothing to show.
        if (app.Services.GetService<JobStorage>() is not { } storage) return app;
        var options = new DashboardOptions
        {
            AppPath = "/workflow-instances",
            DashboardTitle = "CallCenter · Hangfire",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new PermissionFilter(CallCenterPermissions.Workflows.ManageInstances)],
        };
        app.Map(Path, dashboard => dashboard
            .Use(CallCenter.Input.DashboardFormGuard.InvokeAsync)
            .UseMiddleware<AspNetCoreDashboardMiddleware>(storage, options, DashboardRoutes.Routes));
        return app;
    }

    /// <summary>The same policy the API's endpoints use for this permission, evaluated for the dashboard's requests.</summary>
    private sealed class PermissionFilter(string permission) : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true) return false;
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, permission)).Succeeded;
        }
    }
}
