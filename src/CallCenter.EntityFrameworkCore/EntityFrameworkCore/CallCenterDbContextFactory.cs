using CallCenter.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCenter.EntityFrameworkCore;

/// <summary>For `dotnet ef migrations add` only; the connection string is never used to connect.</summary>
public sealed class CallCenterDbContextFactory : IDesignTimeDbContextFactory<CallCenterDbContext>
{
    public CallCenterDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CallCenterDbContext>()
            .UseNpgsql("Host=localhost;Database=callcenter_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        return new CallCenterDbContext(options);
    }
}
