using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;
using CallCenter.Voice.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The ACD owner of this node (ADR 0600 D1): owns the in-memory <see cref="AcdRouter"/>, loads the directory (queues,
/// agents, reasons) on start and when told it changed, ticks the router (wrap-up ends, tiers widen), rings agents'
/// phones for the router's offers and bridges the winner, and serves the agent desk. Everything that leaves the
/// router — desktop pushes, queue events — goes out after the router's lock is released, through
/// <see cref="Publish"/>, never blocking a decision.
/// </summary>
public sealed partial class AcdService(
    IServiceScopeFactory scopes,
    IAgentDeskNotifier notifier,
    AcdEventPump events,
    QueueAnnouncementPrompts announcements,
    SipAccountCredentialStore credentials,
    TimeProvider time,
    ILogger<AcdService> log) : IAcdDirectoryListener, IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, AgentDeskState> _desks = new();
    private readonly ConcurrentDictionary<string, QueuedCall> _calls = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private readonly Lock _publish = new();
    private readonly CancellationTokenSource _stopping = new();
    private AcdDirectory _directory = AcdDirectory.Empty;
    private Task? _ticker;

    public AcdRouter Router { get; } = new(time);

    public AcdDirectory Directory => Volatile.Read(ref _directory);

    public AcdEventPump Events => events;

    /// <summary>The SIP endpoint agents' phones register at and calls go out from; set by the SIP node once it listens.</summary>
    public SipEndpoint? Endpoint { get; set; }

    /// <summary>How often the router is ticked (wrap-up ends, tiers widen).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The callers waiting, ringing or being connected on this node.</summary>
    public int QueuedCalls => _calls.Count;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        events.Start();
        await ReloadAsync(cancellationToken);
        _ticker = Task.Run(TickLoopAsync, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_ticker is not null) await Task.WhenAny(_ticker, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
        await events.FlushAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// Queues, agents, passwords or reasons were saved: forget cached SIP credentials (a new password registers at once)
    /// and reload off the caller's thread (the listener contract says never block).
    /// </summary>
    public void DirectoryChanged()
    {
        credentials.Invalidate();
        _ = Task.Run(() => ReloadAsync(CancellationToken.None));
    }

    /// <summary>
    /// Loads the directory and brings the router in line: new queues and agents are added, changed ones updated (their
    /// state kept). A removed agent stays in the router until restart, but can no longer log in.
    /// </summary>
    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await _reload.WaitAsync(ct);
        try
        {
            AcdDirectoryDto dto;
            using (var scope = scopes.CreateScope())
            {
                var reader = scope.ServiceProvider.GetService<IAcdDirectoryReader>();
                if (reader is null)
                {
                    LogNoDirectory();
                    return;
                }
                dto = await reader.LoadAsync(ct);
            }
            Router.Configure(new AcdRouterOptions { MissesBeforeNotReady = dto.MissesBeforeNotReady > 0 ? dto.MissesBeforeNotReady : 3 });
            foreach (var queue in dto.Queues)
            {
                var settings = AcdDirectory.ToSettings(queue);
                if (Router.HasQueue(settings.Id)) Router.UpdateQueue(settings);
                else Router.AddQueue(settings);
            }
            foreach (var agent in dto.Agents)
            {
                var id = agent.UserId.ToString();
                if (Router.HasAgent(id)) Router.UpdateAgent(id, agent.Skills);
                else Router.AddAgent(id, agent.Extension, agent.Skills);
            }
            Volatile.Write(ref _directory, new AcdDirectory(dto));
            LogLoaded(dto.Queues.Count, dto.Agents.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReloadFailed(e);
        }
        finally
        {
            _reload.Release();
        }
    }

    private async Task TickLoopAsync()
    {
        using var timer = new PeriodicTimer(TickInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                try
                {
                    AfterRouting(Router.Tick());
                }
                catch (Exception e)
                {
                    // The loop must outlive any one bad tick (mod_callcenter #1641: a dying dispatch thread stalls every queue).
                    LogTickFailed(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Publishes what the router changed, then acts on its offers (rings phones).</summary>
    private void AfterRouting(IReadOnlyList<AcdOffer> offers)
    {
        Publish();
        if (offers.Count > 0) Dispatch(offers);
    }

    /// <summary>
    /// Agent state changes → AgentState events and desktop pushes; a wrap-up that ended → the call's Complete event.
    /// Serialized, so events leave in the router's order.
    /// </summary>
    private void Publish()
    {
        List<Guid>? changed = null;
        lock (_publish)
        {
            foreach (var change in Router.TakeChanges())
            {
                if (!Guid.TryParse(change.AgentId, out var agentId)) continue;
                var data = new JsonObject { ["state"] = change.State.ToString() };
                if (change.Reason is not null) data["reason"] = change.Reason;
                events.Post(new QueueEventDto(change.At, QueueEventKind.AgentState, null, null, agentId, Data: data.ToJsonString()));
                CompleteWrapUp(Desk(agentId), change);
                if (changed is null) changed = [agentId];
                else if (!changed.Contains(agentId)) changed.Add(agentId);
            }
        }
        if (changed is null) return;
        foreach (var agentId in changed)
        {
            if (Snapshot(agentId) is { } snapshot) Notify(n => n.AgentChangedAsync(snapshot));
        }
    }

    /// <summary>The wrap-up of the agent's last call started or ended: on its end the call's Complete event (talk and wrap-up time).</summary>
    private void CompleteWrapUp(AgentDeskState desk, AgentStateChange change)
    {
        lock (desk.Sync)
        {
            if (change.State == AgentState.WrapUp)
            {
                desk.WrapUpStartedAt ??= change.At;
                return;
            }
            if (desk.WrapUpCallId is not { } callId || desk.WrapUpStartedAt is not { } started) return;
            var wrap = change.At - started;
            desk.RollDay(Today(change.At));
            desk.WrapUpToday += wrap;
            var data = new JsonObject { ["dispositionRecorded"] = desk.DispositionRecorded };
            if (desk.ResolvedFirstContact is { } fcr) data["resolvedFirstContact"] = fcr;
            events.Post(new QueueEventDto(change.At, QueueEventKind.Complete, callId, desk.WrapUpQueueId, desk.AgentId,
                TalkMs: desk.LastTalkMs, WrapMs: (int)wrap.TotalMilliseconds, Data: data.ToJsonString()));
            desk.WrapUpCallId = null;
            desk.WrapUpStartedAt = null;
            desk.DispositionRecorded = false;
            desk.ResolvedFirstContact = null;
            desk.Call = null;
        }
    }

    private AgentDeskState Desk(Guid agentId) => _desks.GetOrAdd(agentId, id => new AgentDeskState(id));

    /// <summary>Pushes to desktops without waiting and without letting a failing hub reach the routing path.</summary>
    private void Notify(Func<IAgentDeskNotifier, Task> push)
    {
        try
        {
            var task = push(notifier);
            if (!task.IsCompleted) _ = task.ContinueWith(t => LogNotifyFailed(t.Exception!), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            else if (task.IsFaulted) LogNotifyFailed(task.Exception!);
        }
        catch (Exception e)
        {
            LogNotifyFailed(e);
        }
    }

    private static readonly TimeZoneInfo Company = FindCompanyZone();

    private static TimeZoneInfo FindCompanyZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
        }
    }

    /// <summary>"Today" for the agent's own figures: the company's day (Asia/Shanghai), not UTC's.</summary>
    private static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Company).DateTime);

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync();
        await events.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ACD directory loaded: {Queues} queues, {Agents} agents")]
    private partial void LogLoaded(int queues, int agents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No IAcdDirectoryReader registered: the ACD has no queues or agents on this node")]
    private partial void LogNoDirectory();

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the ACD directory failed; the previous one stays in use")]
    private partial void LogReloadFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "An ACD tick failed; the next one runs as usual")]
    private partial void LogTickFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing to an agent desktop failed")]
    private partial void LogNotifyFailed(Exception e);
}
