namespace CallCenter.Voice.Acd.Desk;

/// <summary>Where an agent sends the call: an agent (by user id), a queue (by id) or a number; blind or consult (warm).</summary>
public sealed record DeskTransfer(DeskTransferTarget Kind, string Target, bool Consult, string? Notes);

public enum DeskTransferTarget
{
    Agent,
    Queue,
    Number,
}
