using System.Text;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Calls;

/// <summary>What an IVR does with an answered call: play prompts, collect digits, record.</summary>
public sealed partial class SipCall
{
    private volatile bool _bargeIn;
    private CallRecorder? _recorder;

    private void OnDigit(DtmfDigit digit)
    {
        if (State == SipCallState.Ended) return;
        if (_bargeIn) Rtp?.Sender?.Player.Stop();
        _digits.Writer.TryWrite(digit);
        var handler = DigitReceived;
        if (handler is not null) ThreadPool.QueueUserWorkItem(_ => handler(this, digit));
    }

    /// <summary>
    /// Plays the prompts in order. True when played to the end; false when interrupted by a key (with
    /// <paramref name="bargeIn"/>; the key stays buffered for <see cref="CollectDigitsAsync"/>), by hang-up or by cancellation.
    /// </summary>
    public async Task<bool> PlayAsync(IReadOnlyList<Prompt> prompts, bool bargeIn = false, CancellationToken cancellationToken = default)
    {
        var player = Rtp?.Sender?.Player ?? throw new InvalidOperationException("Answer the call before playing prompts.");
        if (State == SipCallState.Ended) return false;
        if (bargeIn && _digits.Reader.Count > 0) return false; // the caller already pressed a key: don't start talking
        _bargeIn = bargeIn;
        try
        {
            var playback = player.Play(prompts);
            // Hang-up stops the player (EndLocked disposes the RTP session after setting State), so the playback task
            // always completes: either the hang-up came after Play and stopped it, or it came before and is seen
            // here. No Task.WhenAny with Completion (an allocation per prompt for every call).
            if (State == SipCallState.Ended) player.Stop();
            using var registration = cancellationToken.CanBeCanceled ? cancellationToken.Register(static p => ((PromptPlayer)p!).Stop(), player) : default;
            return await playback.ConfigureAwait(false);
        }
        finally
        {
            _bargeIn = false;
        }
    }

    /// <summary>
    /// The caller hears <paramref name="music"/> (the node's shared <see cref="MusicOnHold"/>) from the next packet on,
    /// whenever no prompt plays: announcements queued with <see cref="PlayAsync"/> play over it and the music resumes
    /// after them. Same RTP stream throughout (no sequence or timestamp jump). Bridging stops it by itself.
    /// </summary>
    public void StartMusicOnHold(MusicOnHold music)
    {
        var sender = Rtp?.Sender ?? throw new InvalidOperationException("Answer the call before playing music on hold.");
        sender.Music = music;
    }

    /// <summary>The node's shared music on hold (<see cref="SipEndpoint.MusicOnHold"/>); see <see cref="StartMusicOnHold(MusicOnHold)"/>.</summary>
    public void StartMusicOnHold() => StartMusicOnHold(_endpoint.MusicOnHold);

    /// <summary>Silence instead of music from the next packet on (prompts still play).</summary>
    public void StopMusicOnHold()
    {
        if (Rtp?.Sender is { } sender) sender.Music = null;
    }

    /// <summary>Collects up to MaxDigits keys, ending early on the terminator or a timeout (timed by the endpoint's TimeProvider).</summary>
    public async Task<DigitCollectionResult> CollectDigitsAsync(DigitCollectionOptions options, CancellationToken cancellationToken = default)
    {
        if (!options.KeepTypeAhead)
        {
            while (_digits.Reader.TryRead(out _)) { }
        }
        var collected = new StringBuilder();
        while (collected.Length < options.MaxDigits)
        {
            var timeout = collected.Length == 0 ? options.FirstDigitTimeout : options.InterDigitTimeout;
            using var timeoutSource = new CancellationTokenSource(timeout, _endpoint.Time);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            DtmfDigit? digit;
            try
            {
                if (!await _digits.Reader.WaitToReadAsync(timer.Token).ConfigureAwait(false))
                    return new DigitCollectionResult(collected.ToString(), DigitCollectionEnd.HungUp);
                if (!_digits.Reader.TryRead(out digit)) continue;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new DigitCollectionResult(collected.ToString(), DigitCollectionEnd.Timeout);
            }
            if (options.Terminator == digit.Digit) return new DigitCollectionResult(collected.ToString(), DigitCollectionEnd.Terminator);
            collected.Append(digit.Digit);
        }
        return new DigitCollectionResult(collected.ToString(), DigitCollectionEnd.MaxDigits);
    }

    /// <summary>Starts recording what the caller sends (placed by RTP timestamp, gaps silent).</summary>
    public void StartRecording()
    {
        var rtp = Rtp ?? throw new InvalidOperationException("Answer the call before recording.");
        _recorder = new CallRecorder(Media!.Law, _endpoint.Options.MaxRecordingDuration);
        rtp.Recorder = _recorder;
    }

    /// <summary>Stops recording and returns the caller's audio as an 8 kHz 16-bit PCM WAV file.</summary>
    public byte[] StopRecording() => StopRecording(null);

    /// <summary>
    /// Stops recording; with <paramref name="padTo"/> the WAV is padded with silence to that length, so it covers the
    /// whole recording window even when the caller's last packets were lost or the caller stopped sending early.
    /// </summary>
    public byte[] StopRecording(TimeSpan? padTo)
    {
        var recorder = _recorder ?? throw new InvalidOperationException("Recording was not started.");
        if (padTo is { } length) recorder.ExtendTo(length);
        if (Rtp is not null) Rtp.Recorder = null;
        _recorder = null;
        return recorder.ToWav();
    }
}
