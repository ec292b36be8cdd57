using System.Collections.Concurrent;

namespace CallCenter.Telephony.Media;

/// <summary>
/// A queue of prompts read by the media clock one packet at a time. Playback requests complete their task when
/// the last sample has been handed to the sender, or with false when stopped (barge-in, hang-up).
/// </summary>
/// <remarks>
/// Lock-free on purpose: <see cref="Fill"/> runs on the real-time clock thread, and a lock shared with
/// <see cref="Play"/>/<see cref="Stop"/> (thread-pool threads at normal priority) let a preempted holder stall
/// every stream behind it on a busy machine (priority inversion). Requests travel through a concurrent queue;
/// the playing request is owned by the clock thread. Stop starts a new generation, empties the queue itself and
/// completes the playing request's task; the clock thread drops whatever belongs to an older generation at its
/// next packet, so a prompt queued right after Stop (barge-in, then the next prompt) is never lost.
/// </remarks>
public sealed class PromptPlayer
{
    private readonly ConcurrentQueue<Request> _pending = new();
    private int _generation;
    private volatile Request? _current; // written by the clock thread only
    private int _index;
    private int _position;

    private sealed class Request(Prompt[] prompts, TaskCompletionSource<bool> done, int generation)
    {
        public Prompt[] Prompts { get; } = prompts;

        /// <summary>The Stop generation it was queued in; a later Stop makes it stale.</summary>
        public int Generation { get; } = generation;

        /// <summary>Taken (exchanged to null) by whoever completes it: the clock at the end, or Stop.</summary>
        public TaskCompletionSource<bool>? Done = done;

        public void Complete(bool played) => Interlocked.Exchange(ref Done, null)?.TrySetResult(played);
    }

    public bool IsPlaying => _current is { } c && c.Generation == Volatile.Read(ref _generation) || !_pending.IsEmpty;

    /// <summary>Queues the prompts behind whatever is playing; the task is true when all were played to the end.</summary>
    public Task<bool> Play(IReadOnlyList<Prompt> prompts)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (prompts.Count == 0)
        {
            done.SetResult(true);
            return done.Task;
        }
        var copy = new Prompt[prompts.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = prompts[i];
        _pending.Enqueue(new Request(copy, done, Volatile.Read(ref _generation)));
        return done.Task;
    }

    /// <summary>Stops the current prompt and drops the queue; their tasks complete with false.</summary>
    public void Stop()
    {
        var generation = Interlocked.Increment(ref _generation);
        while (_pending.TryDequeue(out var queued)) queued.Complete(false);
        // The clock thread may have taken a request just before: completed here, dropped by the clock at its next packet.
        if (_current is { } current && current.Generation != generation) current.Complete(false);
    }

    /// <summary>Older than the last Stop the clock has seen; a request queued after it (even during this Fill) is not.</summary>
    private static bool IsStale(Request request, int generation) => request.Generation - generation < 0;

    /// <summary>
    /// Fills one packet's payload (clock thread only); what no prompt covers is G.711 silence. Returns true when any
    /// audio was copied. Allocates nothing.
    /// </summary>
    public bool Fill(Span<byte> payload, G711Law law)
    {
        var generation = Volatile.Read(ref _generation);
        if (_current is { } stale && IsStale(stale, generation))
        {
            stale.Complete(false);
            _current = null;
        }
        var filled = 0;
        while (filled < payload.Length)
        {
            var current = _current;
            if (current is null)
            {
                if (!_pending.TryDequeue(out current)) break;
                if (IsStale(current, generation))
                {
                    current.Complete(false); // queued before a Stop that raced with its dequeue
                    continue;
                }
                (_current, _index, _position) = (current, 0, 0);
            }
            var prompt = current.Prompts[_index];
            var source = prompt.Encoded(law).Span[_position..];
            var n = Math.Min(source.Length, payload.Length - filled);
            source[..n].CopyTo(payload[filled..]);
            filled += n;
            _position += n;
            if (_position < prompt.SampleCount) continue;
            (_index, _position) = (_index + 1, 0);
            if (_index < current.Prompts.Length) continue;
            current.Complete(true);
            _current = null;
        }
        payload[filled..].Fill(G711.Silence(law));
        return filled > 0;
    }
}
