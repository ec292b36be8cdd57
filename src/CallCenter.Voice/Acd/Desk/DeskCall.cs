using System.Text.Json.Nodes;
using CallCenter.Calls;

namespace CallCenter.Voice.Acd.Desk;

/// <summary>
/// A call as the agent desktop sees it: pushed when the agent's phone starts ringing (the screen pop), again when the
/// agent answers and when it ends. The desktop loads the household, interruptions, contacts and orders by
/// <see cref="CallerNumber"/>/<see cref="HouseholdId"/> through the existing screen-pop API.
/// </summary>
public sealed record DeskCall(
    Guid CallRecordId,
    string CallerNumber,
    Guid? HouseholdId,
    Guid QueueId,
    string QueueName,
    IReadOnlyList<CallPathStepDto> IvrPath,
    string Digits,
    /// <summary>The Enqueue activity's attached data (JSON object) plus what earlier agents attached; null when none.</summary>
    JsonObject? AttachedData,
    /// <summary>Notes of the agent who transferred the call here; null when it was not transferred.</summary>
    string? TransferNotes,
    string? TransferredBy,
    DateTimeOffset EnteredQueueAt,
    DateTimeOffset OfferedAt,
    DateTimeOffset? AnsweredAt,
    bool OnHold,
    /// <summary>A queued callback (回拨, ADR 0600 D5): the agent's phone rings first, the customer is called once the agent answers.</summary>
    bool Callback = false,
    /// <summary>While a consult (warm) transfer is up: who is being consulted (a name with extension, or a number); the desk offers complete / cancel.</summary>
    string? ConsultTarget = null,
    /// <summary>The consulted party answered (the agent talks to them; the caller hears music).</summary>
    bool ConsultConnected = false);
