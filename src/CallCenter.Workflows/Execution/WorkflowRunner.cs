using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Expressions;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// The flowchart interpreter. Pure with respect to storage: it takes a state, resumes bookmarks, runs scheduled
/// activities until nothing is runnable, and reports what happened. The runtime around it decides when state is
/// loaded and committed, which is how one interpreter serves both the in-memory and the PostgreSQL runtimes.
/// </summary>
public sealed class WorkflowRunner(ActivityRegistry registry, IExpressionEvaluator evaluator, TimeProvider time, IServiceProvider services)
{
    public ActivityRegistry Registry => registry;

    public WorkflowState CreateState(CompiledWorkflow workflow, string instanceId, JsonObject? input, string? correlationId,
        string? triggerActivityId = null, JsonNode? triggerPayload = null)
    {
        var definition = workflow.Definition;
        var state = new WorkflowState
        {
            InstanceId = instanceId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            CorrelationId = correlationId,
            Status = WorkflowStatus.Running,
            Input = input,
        };
        foreach (var variable in definition.Variables) state.Variables[variable.Name] = variable.Value?.DeepClone();
        if (triggerActivityId is not null)
            state.Queue.Add(new ScheduledStep { ActivityId = triggerActivityId, TriggerPayload = triggerPayload ?? new JsonObject() });
        else
            foreach (var entry in workflow.EntryActivities) state.Queue.Add(new ScheduledStep { ActivityId = entry });
        return state;
    }

    public async ValueTask<RunResult> RunAsync(CompiledWorkflow workflow, WorkflowState state, IReadOnlyList<Resumption> resumptions,
        RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= RunOptions.Default;
        var result = new RunResult();
        if (state.JournalSequence == 0) Journal(state, result, null, null, JournalEventKind.WorkflowStarted);
        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled) return result;
        state.Status = WorkflowStatus.Running;

        foreach (var resumption in resumptions)
        {
            var bookmark = state.Bookmarks.Find(b => b.Id == resumption.BookmarkId);
            if (bookmark is null) continue;
            state.Bookmarks.Remove(bookmark);
            if (resumption.StimulusId is { } stimulusId) result.ConsumedStimuli.Add(stimulusId);
            var node = workflow.Graph.Get(bookmark.ActivityId);
            Journal(state, result, node, JournalEventKind.Resumed, message: resumption.Kind == ResumeKind.Timer ? "timer" : null);
            await ExecuteAsync(workflow, state, node, null, options, result, cancellationToken,
                (activity, context) => activity.ResumeAsync(context, bookmark, resumption));
            if (state.Status != WorkflowStatus.Running) break;
        }

        var steps = 0;
        var limit = workflow.Definition.Options.StepLimit;
        while (state.Status == WorkflowStatus.Running && state.Queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = state.Queue[0];
            state.Queue.RemoveAt(0);
            var node = workflow.Graph.Find(step.ActivityId);
            if (node is null)
            {
                Fault(state, result, new ActivityNode { Id = step.ActivityId, Type = "?" }, step, "The activity is not in the flowchart.", null);
                break;
            }
            if (++steps > limit)
            {
                Fault(state, result, node, step, $"The run exceeded its step limit of {limit} activity executions.", null);
                break;
            }
            await ExecuteAsync(workflow, state, node, step, options, result, cancellationToken, (activity, context) => activity.ExecuteAsync(context));
            var strategy = node.CommitStrategy ?? workflow.Definition.Options.CommitStrategy;
            if (strategy == CommitStrategy.ActivityExecuted && options.Checkpoint is { } checkpoint
                && state.Status == WorkflowStatus.Running && state.Queue.Count > 0)
            {
                if (!await checkpoint(state, result, cancellationToken)) throw new LeaseLostException(state.InstanceId);
                result.Clear();
            }
        }

        if (state.Status == WorkflowStatus.Running)
        {
            if (state.Bookmarks.Count > 0)
                state.Status = WorkflowStatus.Suspended;
            else
            {
                state.Status = WorkflowStatus.Finished;
                state.Queue.Clear();
                WorkflowArguments.CollectOutputs(workflow.Definition, state);
                Journal(state, result, null, null, JournalEventKind.WorkflowFinished);
            }
        }
        return result;
    }

    private async ValueTask ExecuteAsync(CompiledWorkflow workflow, WorkflowState state, ActivityNode node, ScheduledStep? step,
        RunOptions options, RunResult result, CancellationToken cancellationToken,
        Func<IActivity, ActivityExecutionContext, ValueTask<ActivityResult>> invoke)
    {
        if (!registry.TryGet(node.Type, out var descriptor, out var activity))
        {
            Fault(state, result, node, step, $"Unknown activity type '{node.Type}'.", null);
            return;
        }
        if (options.SideEffectFreeOnly && !descriptor.SideEffectFree) throw new SpeculationAbortedException(node.Type);
        var context = new ActivityExecutionContext(workflow, node, state, step, evaluator, services, time, options, result, cancellationToken);
        ActivityResult outcome;
        try
        {
            outcome = await invoke(activity, context);
        }
        catch (Exception e) when (e is not OperationCanceledException and not LeaseLostException and not SpeculationAbortedException)
        {
            var attempt = (step?.Attempt ?? 0) + 1;
            if (step is not null && attempt < (node.Retry?.MaxAttempts ?? 1))
            {
                step.Attempt = attempt;
                state.Queue.Insert(0, step);
                Journal(state, result, node, JournalEventKind.Retried, message: e.Message);
                return;
            }
            Fault(state, result, node, step ?? new ScheduledStep { ActivityId = node.Id }, e.Message, e);
            return;
        }
        Apply(workflow, state, node, outcome, result);
    }

    private void Apply(CompiledWorkflow workflow, WorkflowState state, ActivityNode node, ActivityResult outcome, RunResult result)
    {
        switch (outcome.Kind)
        {
            case ActivityResultKind.Completed:
                Journal(state, result, node, JournalEventKind.Completed, string.Join(',', outcome.Outcomes));
                foreach (var port in outcome.Outcomes)
                foreach (var connection in workflow.Graph.Outgoing(node.Id, port))
                    state.Queue.Add(new ScheduledStep { ActivityId = connection.Target.Activity, From = node.Id });
                break;
            case ActivityResultKind.Suspended:
                foreach (var request in outcome.Bookmarks)
                {
                    state.Bookmarks.Add(new BookmarkState
                    {
                        Id = Guid.CreateVersion7().ToString(),
                        ActivityId = node.Id,
                        Name = request.Name,
                        CorrelationId = request.CorrelationId,
                        Hash = BookmarkHash.Compute(request.Name, request.CorrelationId),
                        Payload = request.Payload,
                        DueAt = request.DueAt,
                    });
                }
                Journal(state, result, node, JournalEventKind.Suspended, message: string.Join(',', outcome.Bookmarks.Select(b => b.Name)));
                break;
            case ActivityResultKind.EndWorkflow:
                Journal(state, result, node, JournalEventKind.Completed);
                state.Queue.Clear();
                state.Bookmarks.Clear();
                state.Status = WorkflowStatus.Finished;
                WorkflowArguments.CollectOutputs(workflow.Definition, state);
                Journal(state, result, null, null, JournalEventKind.WorkflowFinished);
                break;
            case ActivityResultKind.Waiting:
                break;
        }
    }

    private void Fault(WorkflowState state, RunResult result, ActivityNode node, ScheduledStep? step, string message, Exception? exception)
    {
        // The faulted step goes back to the head of the queue so "retry" re-runs exactly it.
        if (step is not null)
        {
            step.Attempt = 0;
            state.Queue.Insert(0, step);
        }
        (state.Incidents ??= []).Add(new Incident
        {
            ActivityId = node.Id,
            ActivityType = node.Type,
            Message = message,
            ExceptionType = exception?.GetType().Name,
            At = time.GetUtcNow(),
        });
        state.Status = WorkflowStatus.Faulted;
        Journal(state, result, node, JournalEventKind.Faulted, message: message);
        Journal(state, result, null, null, JournalEventKind.WorkflowFaulted);
    }

    private void Journal(WorkflowState state, RunResult result, ActivityNode node, JournalEventKind kind, string? outcomes = null, string? message = null) =>
        Journal(state, result, node.Id, node.Type, kind, outcomes, message);

    private void Journal(WorkflowState state, RunResult result, string? activityId, string? activityType, JournalEventKind kind,
        string? outcomes = null, string? message = null) =>
        result.Journal.Add(new JournalEntry(++state.JournalSequence, time.GetUtcNow(), activityId, activityType, kind, outcomes, message));
}
