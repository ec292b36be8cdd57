using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.WorkOrders;

/// <summary>
/// Reads a workflow instance's pending bookmark (the activity waiting, its due time, its Hangfire job) and fires
/// a timer the way production does — through its Hangfire job on the host's server — only sooner: the test moves
/// the fake clock to the moment it wants, then requeues the job instead of waiting for the wall clock.
/// </summary>
public sealed class WorkflowTimers(WorkOrderApiFactory factory)
{
    public sealed record PendingWait(string BookmarkId, string ActivityId, DateTimeOffset? DueAt, string? JobId);

    /// <summary>Waits until the instance's only bookmark is <paramref name="activityId"/>'s (with its job scheduled when it has a due time).</summary>
    public async Task<PendingWait> WaitingAtAsync(string instanceId, string activityId, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        PendingWait? last = null;
        while (DateTime.UtcNow < until)
        {
            last = await PendingAsync(instanceId);
            if (last is { } w && w.ActivityId == activityId && (w.DueAt is null || w.JobId is not null)) return w;
            await Task.Delay(150);
        }
        throw new ShouldAssertException($"Instance {instanceId} is not waiting at {activityId} (last: {last?.ActivityId ?? "no bookmark"}).");
    }

    public async Task<PendingWait?> PendingAsync(string instanceId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, activity_id, due_at, job_id FROM workflows.bookmarks WHERE instance_id = @i ORDER BY created_at DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("i", instanceId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return null;
        var wait = new PendingWait(reader.GetString(0), reader.GetString(1),
            reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero), reader.IsDBNull(3) ? null : reader.GetString(3));
        await reader.DisposeAsync();
        if (wait.DueAt is null || wait.JobId is not null) return wait;
        // A timer that fired schedules the next one from inside its own Hangfire job; when that job was already marked
        // deleted (the engine cancels the consumed bookmark's job — itself), the job id may not be written back to the
        // bookmark although the job is scheduled. Find that job in Hangfire's own table.
        await using var job = new NpgsqlCommand(
            "SELECT id::text FROM hangfire.job WHERE statename = 'Scheduled' AND arguments::text LIKE '%' || @b || '%' ORDER BY id DESC LIMIT 1", connection);
        job.Parameters.AddWithValue("b", wait.BookmarkId);
        return wait with { JobId = await job.ExecuteScalarAsync() as string };
    }

    /// <summary>Runs the wait's timer job now (at whatever time the fake clock says) and waits until the bookmark was consumed.</summary>
    public async Task FireAsync(PendingWait wait)
    {
        wait.JobId.ShouldNotBeNull($"{wait.ActivityId} has no timer");
        factory.Services.GetRequiredService<IBackgroundJobClient>().Requeue(wait.JobId).ShouldBeTrue();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until)
        {
            if (!await BookmarkExistsAsync(wait.BookmarkId)) return;
            await Task.Delay(150);
        }
        throw new ShouldAssertException($"The timer of {wait.ActivityId} did not fire.");
    }

    public async Task<WorkflowStatus> StatusAsync(string instanceId) =>
        (await factory.Services.GetRequiredService<IWorkflowInstanceStore>().GetStateAsync(instanceId, default)).ShouldNotBeNull().Status;

    /// <summary>Waits until the instance has finished (the flow reached its End).</summary>
    public async Task ShouldFinishAsync(string instanceId)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until && await StatusAsync(instanceId) != WorkflowStatus.Finished) await Task.Delay(150);
        (await StatusAsync(instanceId)).ShouldBe(WorkflowStatus.Finished);
    }

    private async Task<bool> BookmarkExistsAsync(string bookmarkId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM workflows.bookmarks WHERE id = @b", connection);
        command.Parameters.AddWithValue("b", bookmarkId);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
