using System.Text.Json.Nodes;
using CallCenter.Calls;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Activities;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Sessions;

/// <summary>
/// A new call → the published workflow whose IncomingCall trigger lists the dialled number (or "*"), started with
/// the call record's id as correlation id. No workflow for the number: 404, as a PBX answers an unknown extension.
/// </summary>
public sealed class IncomingCallRouter(
    WorkflowRuntime runtime,
    CallSessionRegistry registry,
    IServiceScopeFactory scopes,
    VoiceOptions options,
    TimeProvider time,
    ILogger<IncomingCallRouter> log)
{
    public async Task HandleAsync(SipCall call)
    {
        try
        {
            var trigger = await FindTriggerAsync(call.DialledNumber);
            if (trigger is null)
            {
                log.LogInformation("No IVR for dialled number {Number}; 404", call.DialledNumber);
                call.Reject(404, "Not Found");
                return;
            }
            call.Ring();
            var session = new CallSession(Guid.CreateVersion7(), call, runtime, scopes, registry, options, time, log);
            registry.Add(session);
            await session.WriteAsync(w => w.StartAsync(session.CallRecordId, call.CallId, call.CallerNumber, call.DialledNumber,
                call.OfferedAt, options.NodeId));
            var payload = new JsonObject
            {
                ["callRecordId"] = session.Id, ["sipCallId"] = call.CallId, ["callerNumber"] = call.CallerNumber,
                ["callerName"] = call.CallerDisplayName, ["dialledNumber"] = call.DialledNumber,
            };
            var workflow = await runtime.GetCompiledAsync(trigger.DefinitionId, trigger.Version);
            var outcome = await runtime.StartAsync(workflow, (JsonObject)payload.DeepClone(), session.Id, trigger.ActivityId, payload, null,
                CancellationToken.None);
            await session.WriteAsync(w => w.AttachWorkflowAsync(session.CallRecordId, trigger.DefinitionId, outcome.InstanceId));
            session.AfterRun(outcome);
            if (!session.IsUp) await session.FinalizeAsync();
        }
        catch (Exception e)
        {
            log.LogError(e, "Starting the IVR for call {CallId} failed", call.CallId);
            if (call.State is SipCallState.Offered or SipCallState.Ringing) call.Reject(500, "Server Internal Error");
            else call.Hangup();
        }
    }

    private async Task<TriggerRecord?> FindTriggerAsync(string dialled)
    {
        foreach (var key in new[] { IncomingCall.KeyFor(dialled), IncomingCall.AnyNumber })
        {
            var triggers = await runtime.Definitions.FindTriggersAsync(BookmarkHash.Compute(IncomingCall.TriggerName, key), CancellationToken.None);
            // Several flows on one number: the most recently published wins, deterministically.
            if (triggers.Count > 0) return triggers.OrderByDescending(t => t.Version).ThenBy(t => t.DefinitionId, StringComparer.Ordinal).First();
        }
        return null;
    }
}
