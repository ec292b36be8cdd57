using System.Globalization;
using System.Security.Claims;
using CallCenter.Errors;
using CallCenter.Localization;
using CallCenter.Permissions;
using CallCenter.Voice.Acd.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;

namespace CallCenter.Acd;

/// <summary>
/// The agent desktop's connection (坐席工作台, `/hubs/agent-desk`). Every method acts for the signed-in user — the agent id
/// is never taken from the client — and maps 1:1 to <see cref="IAgentDesk"/>. Each connection joins its agent's group, so
/// all the agent's open tabs get the pushes of <see cref="SignalRAgentDeskNotifier"/>.
/// </summary>
[Authorize(CallCenterPermissions.Acd.Desk)]
public sealed class AgentDeskHub(IAgentDesk desk, ScreenPopLatency latency) : Hub
{
    public static string GroupOf(Guid agentId) => "agent:" + agentId.ToString("N");

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(AgentId));
        await base.OnConnectedAsync();
    }

    /// <summary>The desk as it stands (the page calls it on every (re)connect), or NotAnAgent for a user without extension.</summary>
    public DeskHubResult GetDesk() =>
        Answer(desk.Get(AgentId) is { } snapshot ? DeskActionResult.Ok(snapshot) : DeskActionResult.Refused(AcdDeskErrorCodes.NotAnAgent));

    /// <summary>Reasons, queues and agents to choose from: the ACD's loaded configuration, not a database read per call.</summary>
    public DeskOptions GetOptions()
    {
        var directory = desk.Configuration;
        var me = directory.Agents.FirstOrDefault(a => a.UserId == AgentId);
        var queues = directory.Queues
            .Select(q => new DeskQueueOption(q.Id, q.Name, me is not null && me.Skills.TryGetValue(q.Skill, out var level) && level >= q.MinLevel))
            .OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        var agents = directory.Agents
            .Where(a => a.UserId != AgentId)
            .Select(a => new DeskAgentOption(a.UserId, a.DisplayName, a.Extension, desk.Get(a.UserId)?.State))
            .OrderBy(a => a.Extension, StringComparer.Ordinal).ToList();
        return new DeskOptions(desk.NotReadyReasons, queues, agents);
    }

    /// <summary>Logs in to the given queues (all of the agent's when null or empty); the agent starts NotReady (ADR 0600 D3).</summary>
    public async Task<DeskHubResult> Login(IReadOnlyList<Guid>? queues) =>
        Answer(await desk.LoginAsync(AgentId, queues is { Count: > 0 } ? queues : null, Context.ConnectionAborted));

    public DeskHubResult Logout() => Answer(desk.Logout(AgentId));

    public DeskHubResult SetReady() => Answer(desk.SetReady(AgentId));

    public DeskHubResult SetNotReady(string reason) => Answer(desk.SetNotReady(AgentId, reason ?? ""));

    public DeskHubResult EndWrapUp(bool difficult) => Answer(desk.EndWrapUp(AgentId, difficult));

    /// <summary>More wrap-up time; the page offers 30 or 60 s, anything is clamped to 1 s – 10 min.</summary>
    public DeskHubResult ExtendWrapUp(int seconds) => Answer(desk.ExtendWrapUp(AgentId, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 600))));

    /// <summary>The wrap-up form was saved as contact <paramref name="contactId"/> for the call.</summary>
    public DeskHubResult DispositionRecorded(Guid callRecordId, Guid contactId, bool resolvedFirstContact) =>
        Answer(desk.DispositionRecorded(AgentId, callRecordId, contactId, resolvedFirstContact));

    public async Task<DeskHubResult> Hold(bool hold) => Answer(await desk.HoldAsync(AgentId, hold, Context.ConnectionAborted));

    public async Task<DeskHubResult> Transfer(DeskTransfer transfer) => Answer(await desk.TransferAsync(AgentId, transfer, Context.ConnectionAborted));

    /// <summary>Consult transfer: hand the caller to the colleague or number being consulted.</summary>
    public async Task<DeskHubResult> CompleteTransfer() => Answer(await desk.CompleteTransferAsync(AgentId, Context.ConnectionAborted));

    /// <summary>Consult transfer: let the consulted party go and take the caller back.</summary>
    public async Task<DeskHubResult> CancelTransfer() => Answer(await desk.CancelTransferAsync(AgentId, Context.ConnectionAborted));

    public async Task<DeskHubResult> Hangup() => Answer(await desk.HangupAsync(AgentId, Context.ConnectionAborted));

    /// <summary>
    /// The page rendered the screen pop of this call (the caller's household, or that none is known): ends the
    /// ring-to-screen-pop measurement started when the ACD offered the call. Only the first of the agent's tabs counts.
    /// </summary>
    public void ScreenPopShown(Guid callRecordId) => latency.Acknowledge(AgentId, callRecordId);

    /// <summary>The user id from the cookie's or the token's claims; the policy above guarantees a signed-in user.</summary>
    private Guid AgentId => Guid.Parse(Context.User!.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private DeskHubResult Answer(DeskActionResult result) =>
        new(result.Succeeded, result.ErrorCode, result.ErrorCode is null ? null : L.Get(result.ErrorCode, Culture), result.Snapshot);

    /// <summary>The language the connection was opened in (Accept-Language or ?ui-culture= on the negotiate/WebSocket request).</summary>
    private CultureInfo? Culture => Context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
}
