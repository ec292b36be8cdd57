using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.Workflows.Timers;

/// <summary>
/// A timer's job id is written to its bookmark after the commit. That write must not depend on the caller's
/// cancellation token: once the bookmark is committed and the job scheduled, a token cancelled in between (a Hangfire
/// server shutting down while its job fires the previous timer) must not leave a scheduled job the bookmark does not
/// know — it could never be cancelled, and the sweeper would schedule a second one.
/// </summary>
public sealed class TimerJobWriteBackTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    [Fact]
    public async Task Should_Record_The_Next_Timers_Job_On_Its_Bookmark_When_The_Firing_Jobs_Token_Is_Cancelled()
    {
        var scheduler = new CancellingTimerScheduler();
        await using var host = db.CreateNode(configure: s => s.AddSingleton<IWorkflowTimerScheduler>(scheduler));
        await host.PublishAsync("two-delays");
        var started = await host.Runtime.StartAsync("two-delays");
        var first = started.State.Bookmarks.Single().Id;

        using var shutdown = new CancellationTokenSource();
        scheduler.CancelOnSchedule = shutdown;
        try
        {
            await host.Runtime.FireTimerAsync(first, shutdown.Token);
        }
        catch (OperationCanceledException)
        {
            // Whatever the caller sees after its token fired, what was committed must be complete.
        }

        var state = await host.Instances.GetStateAsync(started.InstanceId, default);
        state!.Status.ShouldBe(WorkflowStatus.Suspended);
        var second = state.Bookmarks.Single();
        second.ActivityId.ShouldBe("second");
        var scheduled = scheduler.Scheduled.Single(s => s.BookmarkId == second.Id).JobId;
        (await JobIdAsync(second.Id)).ShouldBe(scheduled);
        (await host.Instances.UnscheduledTimersAsync(DateTimeOffset.MaxValue, 10, default)).ShouldBeEmpty();
    }

    private async Task<string?> JobIdAsync(string bookmarkId)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT job_id FROM workflows.bookmarks WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", bookmarkId);
        return await command.ExecuteScalarAsync() as string;
    }
}
