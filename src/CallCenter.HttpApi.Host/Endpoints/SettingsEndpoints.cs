using CallCenter.Settings;
using Microsoft.Extensions.Options;

namespace CallCenter.Endpoints;

public static class SettingsEndpoints
{
    /// <summary>Any signed-in user may read the company's name and time zone: every page shows dates in it.</summary>
    public static void MapSettingsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/settings/company", (IOptions<CompanyOptions> company) =>
                new CompanySettingsDto(company.Value.Name, company.Value.TimeZone, company.Value.DefaultAreaCode, company.Value.HotlineNumber))
            .WithName("GetCompanySettings").WithSummary("The company's name, time zone and hotline settings")
            .WithTags("Settings")
            .RequireAuthorization();
}
