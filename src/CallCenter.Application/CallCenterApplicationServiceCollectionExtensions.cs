using CallCenter.Auditing;
using CallCenter.Calls;
using CallCenter.Customers;
using CallCenter.Identity;
using CallCenter.Knowledge;
using CallCenter.Phones;
using CallCenter.ScreenPop;
using CallCenter.Settings;
using CallCenter.Stations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter;

public static class CallCenterApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddCallCenterApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PhoneNumberNormalizer(sp.GetRequiredService<IOptions<CompanyOptions>>().Value.DefaultAreaCode));
        services.AddSingleton<PermissionGrantStore>();
        services.AddScoped<HouseholdInputApplier>();
        services.AddScoped<HouseholdCsvImporter>();
        services.AddScoped<IHouseholdAppService, HouseholdAppService>();
        services.AddScoped<IScreenPopAppService, ScreenPopAppService>();
        services.AddScoped<IStationAppService, StationAppService>();
        services.AddScoped<DepartmentAppService>();
        services.AddScoped<RoleAppService>();
        services.AddScoped<UserAppService>();
        services.AddScoped<AuditLogAppService>();
        services.AddScoped<Files.StoredFileService>();
        services.AddScoped<AuditReferenceNames>();
        services.AddScoped<UserDisplayNames>();
        services.AddCallCenterKnowledgeApplication();
        services.AddCallCenterVoiceApplication();
        Acd.AcdApplicationServiceCollectionExtensions.AddCallCenterAcdApplication(services);
        WorkOrders.WorkOrderApplicationServiceCollectionExtensions.AddCallCenterWorkOrdersApplication(services);
        return services;
    }
}
