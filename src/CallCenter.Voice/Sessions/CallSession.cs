using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Calls;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Media;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Sessions;

/// <summary>
/// One live call on this node as the IVR sees it: the SIP call, its record id, the path and keys so far, and the
/// one operation in progress. Operations run off the workflow thread and report their end as a workflow event;
/// the call record is written when the call and its last operation are over.
/// </summary>
public sealed partial class CallSession
{
    private readonly Lock _sync = new();
    private readonly List<CallPathStepDto> _path = [];
    private readonly StringBuilder _digits = new();
    private readonly WorkflowRuntime _runtime;
    private readonly IServiceScopeFactory _scopes;
    private readonly CallSessionRegistry _registry;
    private readonly VoiceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private int _operations;
    private bool _ended;
    private int _finalized;
    private string _transferActivityId = "transfer";

    internal CallSession(Guid callRecordId, SipCall call, WorkflowRuntime runtime, IServiceScopeFactory scopes, CallSessionRegistry registry,
        VoiceOptions options, TimeProvider time, ILogger log)
    {
        CallRecordId = callRecordId;
        Call = call;
        _runtime = runtime;
        _scopes = scopes;
        _registry = registry;
        _options = options;
        _time = time;
        _log = log;
        call.DigitReceived += (_, digit) => OnDigit(digit);
        call.Ended += (_, reason) => OnEnded(reason);
    }

    public Guid CallRecordId { get; }
    public string Id => CallRecordId.ToString();
    public SipCall Call { get; }
    public Guid? HouseholdId { get; set; }
    public bool IsUp => Call.State is not SipCallState.Ended;
    public VoiceOptions Options => _options;

    public string Digits { get { lock (_sync) return _digits.ToString(); } }

    public IReadOnlyList<CallPathStepDto> Path { get { lock (_sync) return [.. _path]; } }

    public void AddStep(string activityId, string kind, string? detail = null)
    {
        lock (_sync) _path.Add(new CallPathStepDto(_time.GetUtcNow(), activityId, kind, detail));
    }

    private void OnDigit(DtmfDigit digit)
    {
        lock (_sync) _digits.Append(digit.Digit);
    }

    /// <summary>Plays prompts; the event says whether they played to the end and whether the caller is still there.</summary>
    public void BeginPlay(string waitId, IReadOnlyList<Prompt> prompts, bool bargeIn) => Run(waitId, async () =>
    {
        var completed = await Call.PlayAsync(prompts, bargeIn);
        return new JsonObject { ["completed"] = completed };
    });

    /// <summary>Plays the menu prompts (a key cuts them short) and collects keys.</summary>
    public void BeginCollect(string waitId, IReadOnlyList<Prompt> prompts, DigitCollectionOptions collection) => Run(waitId, async () =>
    {
        if (prompts.Count > 0) await Call.PlayAsync(prompts, bargeIn: true);
        var result = await Call.CollectDigitsAsync(collection);
        return new JsonObject { ["digits"] = result.Digits, ["end"] = result.End.ToString() };
    });

    /// <summary>
    /// REFER to the target when the caller's phone allows it, then leave the call. Without REFER support, or when the
    /// REFER is refused (405/501/4xx/6xx), we call the target ourselves and bridge the legs (see ADR 0310 D7).
    /// </summary>
    public void BeginTransfer(string waitId, IReadOnlyList<Prompt> prompts, string target, string activityId = "transfer") =>
        Run(waitId, () => TransferAsync(prompts, target, activityId));

    /// <summary>
    /// The transfer itself (see <see cref="BeginTransfer"/>), for an operation already running on this call — the Enqueue
    /// that overflows to a number. "result": Answered, Busy, NoAnswer, Failed or CallerGone.
    /// </summary>
    internal async Task<JsonObject> TransferAsync(IReadOnlyList<Prompt> prompts, string target, string activityId)
    {
        _transferActivityId = activityId;
        if (prompts.Count > 0) await Call.PlayAsync(prompts);
        var referStatus = 0;
        if (Call.PeerSupportsRefer)
        {
            referStatus = await Call.ReferAsync(target);
            if (referStatus is >= 200 and < 300)
            {
                Call.Hangup();
                return new JsonObject { ["status"] = referStatus, ["mode"] = "refer", ["result"] = "Answered", ["target"] = target };
            }
            AddStep(activityId, "TransferToNumber", $"REFER {referStatus}, bridging");
        }
        if (!IsUp) return new JsonObject { ["status"] = referStatus, ["mode"] = "refer", ["result"] = "CallerGone", ["target"] = target };
        var destination = await SipDestination.ResolveAsync(target, _options.TransferProxy);
        if (destination is null) return new JsonObject { ["status"] = 0, ["mode"] = "bridge", ["result"] = "Failed", ["target"] = target, ["reason"] = "target does not resolve" };
        var outcome = await Call.BridgeToAsync(target, destination, _options.TransferRingTimeout);
        return new JsonObject { ["status"] = outcome.StatusCode, ["mode"] = "bridge", ["result"] = outcome.Result.ToString(), ["target"] = target };
    }

    /// <summary>The activity the bridged leg's steps are written under (the Enqueue that connected an agent, or the transfer).</summary>
    internal void SetBridgeActivity(string activityId) => _transferActivityId = activityId;

    /// <summary>Runs one call operation and raises its wait's event, whatever happens (a failure is an event too).</summary>
    private void Run(string waitId, Func<Task<JsonObject>> operation)
    {
        Interlocked.Increment(ref _operations);
        _ = Task.Run(async () =>
        {
            JsonObject payload;
            try
            {
                payload = await operation();
            }
            catch (Exception e)
            {
                _log.LogWarning(e, "Call operation failed on {CallId}", Call.CallId);
                payload = new JsonObject { ["error"] = e.Message };
            }
            payload["hungUp"] = !IsUp;
            await RaiseAsync(waitId, payload);
            Interlocked.Decrement(ref _operations);
            if (!IsUp) await FinalizeAsync();
        });
    }

    private async Task RaiseAsync(string waitId, JsonObject payload)
    {
        try
        {
            var outcome = await _runtime.RaiseEventAsync(VoiceWait.BookmarkName, waitId, payload, timeToLive: _options.EventTimeToLive);
            AfterRun(outcome.ConsumedBy);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Resuming the IVR of call {CallId} failed", Call.CallId);
            Call.Hangup();
        }
    }

    /// <summary>A flow that finished (or faulted) while the caller is still on the line hangs up: no call is left in silence.</summary>
    internal void AfterRun(RunOutcome? outcome)
    {
        if (outcome is null || !IsUp) return;
        // A bridged transfer outlives the flow: the legs end each other, and the call record is written then. So does a
        // caller an agent is transferring (detached onto the music meanwhile): the ACD decides when that call ends.
        if (Call.Bridge is { IsActive: true } || IsTransferred) return;
        if (outcome.Status is Workflows.Execution.WorkflowStatus.Finished or Workflows.Execution.WorkflowStatus.Faulted
            or Workflows.Execution.WorkflowStatus.Cancelled)
            Call.Hangup();
    }

    private void OnEnded(CallEndReason reason)
    {
        lock (_sync) _ended = true;
        // An operation in progress reports the hang-up itself and finalizes after its event; otherwise finalize now.
        if (Volatile.Read(ref _operations) == 0) _ = FinalizeAsync();
    }

    internal async Task FinalizeAsync()
    {
        lock (_sync)
        {
            if (!_ended) return;
        }
        if (Interlocked.Exchange(ref _finalized, 1) == 1) return;
        await AddBridgeStepsAsync();
        _registry.Remove(this);
        try
        {
            using var scope = _scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ICallRecordWriter>().EndAsync(CallRecordId, Call.EndedAt ?? _time.GetUtcNow(),
                Call.EndReason?.ToString() ?? "Unknown", Path, Digits, HouseholdId);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Writing the end of call record {CallRecordId} failed", CallRecordId);
        }
    }

    /// <summary>The bridged leg in the call path: target and answer time, then its end and who hung up first.</summary>
    private async Task AddBridgeStepsAsync()
    {
        if (Call.Bridge is not { } bridge) return;
        // The caller's hang-up reaches the bridge and this session on separate threads: let the bridge note its end.
        await Task.WhenAny(bridge.Completion, Task.Delay(TimeSpan.FromSeconds(2)));
        lock (_sync)
        {
            _path.Add(new CallPathStepDto(bridge.AnsweredAt ?? _time.GetUtcNow(), _transferActivityId, "Bridge", $"answered {bridge.Target.TargetUri}"));
            _path.Add(new CallPathStepDto(bridge.EndedAt ?? Call.EndedAt ?? _time.GetUtcNow(), _transferActivityId, "Bridge",
                $"ended by {bridge.EndedBy ?? "caller"}; relayed {bridge.PacketsToCaller} to caller, {bridge.PacketsToTarget} to target"));
        }
    }

    /// <summary>Runs a write on the call record in its own scope; failures are logged, the call goes on.</summary>
    internal async Task WriteAsync(Func<ICallRecordWriter, Task> write)
    {
        try
        {
            using var scope = _scopes.CreateScope();
            await write(scope.ServiceProvider.GetRequiredService<ICallRecordWriter>());
        }
        catch (Exception e)
        {
            _log.LogError(e, "Writing call record {CallRecordId} failed", CallRecordId);
        }
    }
}
