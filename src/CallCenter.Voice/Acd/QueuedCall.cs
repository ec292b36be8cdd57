using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Voice.Acd.Desk;
using CallCenter.Voice.Sessions;

namespace CallCenter.Voice.Acd;

/// <summary>
/// A caller in a queue as the owner drives it: the session, the queue, the attached data, the rings in progress (one
/// cancellation per agent, so ring-all losers and an abandon can CANCEL exactly their phones) and the answer.
/// </summary>
internal sealed class QueuedCall(CallSession session, AcdQueueDefinitionDto queue, int priority, JsonObject? data, DateTimeOffset enteredAt,
    string activityId)
{
    public CallSession Session { get; } = session;
    public string Id => Session.Id;
    public AcdQueueDefinitionDto Queue { get; set; } = queue;
    public int Priority { get; } = priority;
    public JsonObject? Data { get; } = data;

    /// <summary>When the caller joined the first queue; an overflow to another queue keeps it (the wait goes on).</summary>
    public DateTimeOffset EnteredAt { get; } = enteredAt;

    public string ActivityId { get; } = activityId;
    public string? TransferNotes { get; init; }
    public string? TransferredBy { get; init; }

    /// <summary>
    /// A queued callback (ADR 0600 D5) once the caller pressed 1 and hung up: which try at calling the customer comes next
    /// (1, 2…); 0 while the caller waits on the line. The router entry keeps the original enter time and priority.
    /// </summary>
    public int CallbackAttempt { get; set; }

    public bool IsCallback => CallbackAttempt > 0;

    /// <summary>Decides between a key 1 (callback) and an agent's answer arriving at the same moment: whichever takes it first wins.</summary>
    public Lock Sync { get; } = new();

    /// <summary>An agent answered the caller on the line and the legs are being bridged: a 1 pressed now is ignored.</summary>
    public bool Connecting { get; set; }

    /// <summary>A blind transfer to one agent: the router's offer, made before the caller re-enters, rung instead of joining the line.</summary>
    public AcdOffer? PreOffered { get; set; }

    public ConcurrentDictionary<Guid, CancellationTokenSource> Rings { get; } = new();

    /// <summary>Completes with the agent who took the call, once the legs are bridged.</summary>
    public TaskCompletionSource<Guid> Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Stops the music and announcements the moment an agent answers, before the legs are bridged.</summary>
    public CancellationTokenSource Music { get; private set; } = new();

    /// <summary>A fresh music token for the next queue after an overflow (a cancelled source cannot be reused).</summary>
    public void ResetMusic() => Music = new CancellationTokenSource();

    public DeskCall ToDeskCall(DateTimeOffset offeredAt, DateTimeOffset? answeredAt = null) => new(
        Session.CallRecordId, Session.Call.CallerNumber, Session.HouseholdId, Queue.Id, Queue.Name, Session.Path, Session.Digits,
        Data?.DeepClone() as JsonObject, TransferNotes, TransferredBy, EnteredAt, offeredAt, answeredAt, OnHold: false, Callback: IsCallback);
}
