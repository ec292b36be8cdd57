using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Workflows;

public static class WorkflowPostgresServiceCollectionExtensions
{
    /// <summary>PostgreSQL stores for the engine (schema "workflows"); call before AddCallCenterWorkflowEngine or after — these replace the in-memory ones.</summary>
    public static IServiceCollection AddCallCenterWorkflowPostgresStores(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<WorkflowsDbContext>(o => WorkflowsDbContext.Configure(o, connectionString));
        services.TryAddSingleton(_ => WorkflowsDataSource.Create(connectionString));
        services.Replace(ServiceDescriptor.Singleton<IWorkflowDefinitionStore, PostgresWorkflowDefinitionStore>());
        services.Replace(ServiceDescriptor.Singleton<IWorkflowInstanceStore, PostgresWorkflowInstanceStore>());
        services.TryAddSingleton<WorkflowInstanceQueries>();
        return services;
    }
}
