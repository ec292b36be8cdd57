using System.Text.Json.Nodes;

namespace CallCenter.Voice.Acd;

/// <summary>What the Enqueue activity asks: the queue (name or id), the caller's priority and the data to attach.</summary>
public sealed record EnqueueRequest(string Queue, int Priority, JsonObject? Data, string ActivityId);
