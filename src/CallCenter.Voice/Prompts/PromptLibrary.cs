using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Calls;
using CallCenter.Telephony.Media;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Prompts;

/// <summary>
/// Prompts ready to play, encoded once: named prompts from the database (re-read after a short while so an upload
/// reaches every node without a restart) and literal texts synthesized once and cached on disk by content hash.
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
        // A failed synthesis is not cached: the next call tries again.
        if (task.IsFaulted) _spoken.TryRemove(hash, out _);
        return task.WaitAsync(ct);
    }

    private async Task<Prompt> SynthesizeCachedAsync(string hash, string text)
    {
        var file = Path.Combine(options.PromptCachePath, hash + ".wav");
        if (File.Exists(file))
        {
            try
            {
                return new Prompt(hash, WavFile.ReadPcm(file));
            }
            catch (WavFormatException)
            {
                File.Delete(file); // a half-written file from a crash: make it again
            }
        }
        var (wav, _) = await converter.SynthesizeAsync(text);
        Directory.CreateDirectory(options.PromptCachePath);
        var temp = file + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await File.WriteAllBytesAsync(temp, wav);
        File.Move(temp, file, overwrite: true);
        return new Prompt(hash, WavFile.ReadPcm(wav));
    }
}
