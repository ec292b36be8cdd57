using CallCenter.Auditing;
using CallCenter.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.EntityFrameworkCore;

public static class CallCenterEfServiceCollectionExtensions
{
    /// <summary>The business DbContext on PostgreSQL with snake_case names, auditing and the repositories.</summary>
    public static IServiceCollection AddCallCenterEntityFrameworkCore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<AuditingInterceptor>();
        services.AddDbContext<CallCenterDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddSingleton<IAsyncQueryExecuter, EfAsyncQueryExecuter>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        return services;
    }
}
