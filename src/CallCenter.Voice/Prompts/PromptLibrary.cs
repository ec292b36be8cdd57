using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Calls;
using CallCenter.Telephony.Media;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Prompts;

/// <summary>
/// Prompts ready to play, encoded once: named prompts from the database (re-read after a short while so an upload
/// reaches every node without a restart) and literal texts synthesized once (the converter caches the files on disk).
/// </summary>
public sealed class PromptLibrary(IServiceScopeFactory scopes, IPromptAudioConverter converter, VoiceOptions options, TimeProvider time)
{
    private static readonly TimeSpan NamedLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Prompt Prompt, DateTimeOffset LoadedAt)> _named = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Prompt>>> _spoken = new(StringComparer.Ordinal);

    /// <summary>A prompt by key; null when there is none (the activity then says nothing rather than failing the call).</summary>
    public async Task<Prompt?> GetAsync(string key, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_named.TryGetValue(key, out var cached) && now - cached.LoadedAt < NamedLifetime) return cached.Prompt;
        using var scope = scopes.CreateScope();
        var audio = await scope.ServiceProvider.GetRequiredService<IVoicePromptAppService>().GetAudioAsync(key, ct);
        if (audio is null) return null;
        var prompt = new Prompt(key, WavFile.ReadPcm(audio.Wav));
        _named[key] = (prompt, now);
        return prompt;
    }

    /// <summary>Speech for a literal text (outage notices, texts typed into a flow); synthesized once per text.</summary>
    public Task<Prompt> SpeakAsync(string text, CancellationToken ct = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(options.EspeakVoice + "\u001f" + text)))[..24];
        var lazy = _spoken.GetOrAdd(hash, h => new Lazy<Task<Prompt>>(() => SynthesizeCachedAsync(h, text)));
        var task = lazy.Value;
        // A failed synthesis is not kept: the next call tries again.
        _ = task.ContinueWith(_ => _spoken.TryRemove(new KeyValuePair<string, Lazy<Task<Prompt>>>(hash, lazy)), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return task.WaitAsync(ct);
    }

    /// <summary>The converter keeps synthesized files on disk by content hash; this keeps the encoded prompt in memory.</summary>
    private async Task<Prompt> SynthesizeCachedAsync(string hash, string text)
    {
        var (wav, _) = await converter.SynthesizeAsync(text);
        return new Prompt(hash, WavFile.ReadPcm(wav));
    }
}
