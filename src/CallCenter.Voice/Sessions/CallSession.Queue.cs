using CallCenter.Voice.Acd;

namespace CallCenter.Voice.Sessions;

public sealed partial class CallSession
{
    /// <summary>
    /// Waits in an ACD queue (music, position announcements) until an agent answers and is bridged, the caller leaves,
    /// the queue's maximum wait passes or the queue refuses (NoAgents). The event's "result" names the outcome.
    /// </summary>
    public void BeginEnqueue(string waitId, AcdService acd, EnqueueRequest request) => Run(waitId, () => acd.QueueAsync(this, request));
}
