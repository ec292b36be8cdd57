using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace CallCenter.Workflows.Scheduling.Hangfire;

/// <summary>Hangfire's job store in the application's PostgreSQL database, schema "hangfire".</summary>
public static class WorkflowHangfireStorage
{
    public const string Schema = "hangfire";

    public static JobStorage Create(string connectionString, TimeSpan? queuePollInterval = null)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = queuePollInterval ?? TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
