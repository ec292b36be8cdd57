using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCenter.Workflows.Stores;

/// <summary>For `dotnet ef migrations add --context WorkflowsDbContext`; the connection is never opened.</summary>
public sealed class WorkflowsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WorkflowsDbContext>();
        WorkflowsDbContext.Configure(builder, "Host=localhost;Database=callcenter_design");
        return new WorkflowsDbContext(builder.Options);
    }
}
