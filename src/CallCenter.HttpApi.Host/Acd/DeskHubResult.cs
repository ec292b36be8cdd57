using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Acd;

/// <summary>
/// What every desk command answers on the hub: done with the desk as it now stands, or refused with the ACD's stable code
/// (`CallCenter:Acd:nnn`) and its message in the connection's language. A refusal is an answer, not a hub error: the page
/// shows the message and stays connected.
/// </summary>
public sealed record DeskHubResult(bool Succeeded, string? Code, string? Message, AgentDeskSnapshot? Desk);
