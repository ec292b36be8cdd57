using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Phones;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>What migrating and seeding need, without the web host: the DbContext, Identity's managers, the seeder.</summary>
    public static IServiceCollection AddCallCenterMigrator(this IServiceCollection services, string connectionString)
    {
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(AnonymousCurrentUser.Instance);
        services.AddSingleton(new PhoneNumberNormalizer());
        services.AddCallCenterEntityFrameworkCore(connectionString);
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 8)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<CallCenterDbContext>();
        services.AddScoped<CallCenterDataSeeder>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
