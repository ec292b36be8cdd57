using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using Npgsql;

namespace CallCenter.Workflows.Persistence;

/// <summary>
/// Each node caches which version of a definition is published, so a start costs no lookup; the start's commit checks
/// that version is still the published one. A publish or an unpublish on ANOTHER node (which this node's cache never
/// hears of) must therefore neither start the old version nor leave anything of the refused start behind.
/// </summary>
public sealed class PublishedVersionCacheTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    [Fact]
    public async Task Should_Start_The_Version_Another_Node_Published_Since_This_Node_Cached_One()
    {
        await using var a = db.CreateNode();
        await using var b = db.CreateNode();
        await a.PublishAsync("wait-for-event");
        (await a.Runtime.StartAsync("wait-for-event", correlationId: "CACHE-1")).State.DefinitionVersion.ShouldBe(1);
        var instancesBefore = await CountInstancesAsync();

        await b.PublishAsync("wait-for-event", d => d.Name = "version two");

        var started = await a.Runtime.StartAsync("wait-for-event", correlationId: "CACHE-2");
        started.State.DefinitionVersion.ShouldBe(2);
        (await a.Instances.GetStateAsync(started.InstanceId, default))!.DefinitionVersion.ShouldBe(2);
        // The refused start on version 1 left nothing behind: exactly one more instance.
        (await CountInstancesAsync()).ShouldBe(instancesBefore + 1);
    }

    [Fact]
    public async Task Should_Refuse_A_Start_When_Another_Node_Unpublished_The_Cached_Version()
    {
        await using var a = db.CreateNode();
        await using var b = db.CreateNode();
        await a.PublishAsync("delay");
        await a.Runtime.StartAsync("delay");
        var instancesBefore = await CountInstancesAsync();

        await b.Definitions.UnpublishAsync("delay");

        await Should.ThrowAsync<WorkflowNotFoundException>(() => a.Runtime.StartAsync("delay"));
        (await CountInstancesAsync()).ShouldBe(instancesBefore);
    }

    private async Task<long> CountInstancesAsync()
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM workflows.instances", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
