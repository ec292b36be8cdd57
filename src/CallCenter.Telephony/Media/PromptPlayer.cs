namespace CallCenter.Telephony.Media;

/// <summary>
/// A queue of prompts read by the media clock one packet at a time. Playback requests complete their task when
/// the last sample has been handed to the sender, or with false when stopped (barge-in, hang-up).
/// </summary>
public sealed class PromptPlayer
{
    private readonly Lock _sync = new();
    private readonly Queue<(Prompt Prompt, TaskCompletionSource<bool>? Done)> _queue = new();
    private Prompt? _current;
    private TaskCompletionSource<bool>? _currentDone;
    private int _position;

    public bool IsPlaying { get { lock (_sync) return _current is not null || _queue.Count > 0; } }

    /// <summary>Queues the prompts behind whatever is playing; the task is true when all were played to the end.</summary>
    public Task<bool> Play(IReadOnlyList<Prompt> prompts)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (prompts.Count == 0)
        {
            done.SetResult(true);
            return done.Task;
        }
        lock (_sync)
        {
            for (var i = 0; i < prompts.Count; i++) _queue.Enqueue((prompts[i], i == prompts.Count - 1 ? done : null));
        }
        return done.Task;
    }

    /// <summary>Stops the current prompt and drops the queue; their tasks complete with false.</summary>
    public void Stop()
    {
        lock (_sync)
        {
            _currentDone?.TrySetResult(false);
            foreach (var (_, done) in _queue) done?.TrySetResult(false);
            _queue.Clear();
            _current = null;
            _currentDone = null;
        }
    }

    /// <summary>Fills one packet's payload; what no prompt covers is G.711 silence. Returns true when any audio was copied.</summary>
    public bool Fill(Span<byte> payload, G711Law law)
    {
        var filled = 0;
        lock (_sync)
        {
            while (filled < payload.Length)
            {
                if (_current is null)
                {
                    if (!_queue.TryDequeue(out var next)) break;
                    (_current, _currentDone, _position) = (next.Prompt, next.Done, 0);
                }
                var source = _current.Encoded(law).Span[_position..];
                var n = Math.Min(source.Length, payload.Length - filled);
                source[..n].CopyTo(payload[filled..]);
                filled += n;
                _position += n;
                if (_position >= _current.SampleCount)
                {
                    _currentDone?.TrySetResult(true);
                    _current = null;
                    _currentDone = null;
                }
            }
        }
        payload[filled..].Fill(G711.Silence(law));
        return filled > 0;
    }
}
