namespace CallCenter.Voice.Acd.Desk;

/// <summary>The answer to a desk command: done, or refused with a stable error code (CallCenter:Acd:nnn) the Host maps to a status.</summary>
public sealed record DeskActionResult(bool Succeeded, string? ErrorCode = null, AgentDeskSnapshot? Snapshot = null)
{
    public static DeskActionResult Ok(AgentDeskSnapshot snapshot) => new(true, null, snapshot);

    public static DeskActionResult Refused(string code) => new(false, code);
}
