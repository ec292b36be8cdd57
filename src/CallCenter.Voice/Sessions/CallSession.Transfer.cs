using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Sessions;

public sealed partial class CallSession
{
    private volatile bool _transferred;

    /// <summary>
    /// An agent transferred this caller: from now on the ACD, not the flow, decides when the call ends (the flow that
    /// enqueued them may finish only now, while the caller is between two bridges).
    /// </summary>
    internal bool IsTransferred => _transferred;

    internal void MarkTransferred() => _transferred = true;

    /// <summary>
    /// Runs an operation on the caller outside the flow — a transferred caller's new queue or number, when the flow that
    /// enqueued them is long finished — counted like a flow operation, so the call record is written after it ends.
    /// </summary>
    internal void Track(Func<Task> operation)
    {
        Interlocked.Increment(ref _operations);
        _ = Task.Run(async () =>
        {
            try
            {
                await operation();
            }
            catch (Exception e)
            {
                _log.LogWarning(e, "Transfer operation failed on {CallId}", Call.CallId);
            }
            finally
            {
                Interlocked.Decrement(ref _operations);
            }
            if (!IsUp) await FinalizeAsync();
        });
    }
}
