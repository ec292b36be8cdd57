using CallCenter.Auditing;
using CallCenter.Customers;
using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.EntityFrameworkCore;

public static class CallCenterEfServiceCollectionExtensions
{
    /// <summary>The business DbContext on PostgreSQL with snake_case names, auditing and the repositories.</summary>
    public static IServiceCollection AddCallCenterEntityFrameworkCore(this IServiceCollection services, string connectionString)
    {
        connectionString = NpgsqlProductDefaults.Apply(connectionString);
        services.AddSingleton<AuditingInterceptor>();
        // Pooled: a request rents a ready context instead of building one (options, internal services, change
        // tracker) from scratch — the screen pop's per-request cost is mostly that set-up, not its one query.
        services.AddPooledDbContextFactory<CallCenterDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContext();
            context.CurrentUser = sp.GetRequiredService<ICurrentUser>();
            return context;
        });
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<SqlCallerScreenLookup>();
        services.AddScoped<ICallerLookup>(sp => sp.GetRequiredService<SqlCallerScreenLookup>());
        services.AddScoped<Contacts.ICallerScreenLookup>(sp => sp.GetRequiredService<SqlCallerScreenLookup>());
        services.AddSingleton<IAsyncQueryExecuter, EfAsyncQueryExecuter>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<WorkOrders.ISequenceNumberGenerator, SequenceNumberGenerator>();
        services.AddScoped<Notifications.INotificationClaimer, NotificationClaimer>();
        services.AddSingleton<Calls.ISessionLocks>(new PostgresSessionLocks(connectionString));
        services.AddSingleton<Acd.IQueueEventStore>(_ => new NpgsqlQueueEventStore(connectionString));
        return services;
    }
}
