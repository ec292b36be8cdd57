using System.Diagnostics;
using CallCenter.Calls;
using CallCenter.Errors;
using CallCenter.Telephony.Media;

namespace CallCenter.Voice.Prompts;

/// <summary>
/// Telephone audio from the tools the scripts install: espeak-ng speaks the text (Mandarin voice "cmn"), sox
/// resamples to 8 kHz mono 16-bit, which is what G.711 encodes. Every result is read back with our own WAV reader,
/// so what is stored is known to play.
/// </summary>
public sealed class EspeakPromptAudioConverter(VoiceOptions options) : IPromptAudioConverter
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    public async Task<(byte[] Wav, int DurationMs)> SynthesizeAsync(string text, CancellationToken ct = default)
    {
        // Same text, same voice, same audio: a second node, a re-seed or a test run reuses the file instead of speaking again.
        var cached = Path.Combine(options.PromptCachePath, "tts-" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(options.EspeakVoice + "\u001f" + text)))[..32] + ".wav");
        if (File.Exists(cached))
        {
            var bytes = await File.ReadAllBytesAsync(cached, ct);
            try
            {
                return (bytes, (int)(WavFile.ReadPcm(bytes).Length * 1000L / WavFile.SampleRate));
            }
            catch (WavFormatException)
            {
                File.Delete(cached);
            }
        }
        var made = await SynthesizeUncachedAsync(text, ct);
        Directory.CreateDirectory(options.PromptCachePath);
        var temp = cached + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await File.WriteAllBytesAsync(temp, made.Wav, ct);
        File.Move(temp, cached, overwrite: true);
        return made;
    }

    private async Task<(byte[] Wav, int DurationMs)> SynthesizeUncachedAsync(string text, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("cc-tts-").FullName;
        try
        {
            var raw = Path.Combine(dir, "speech.wav");
            var textFile = Path.Combine(dir, "text.txt");
            await File.WriteAllTextAsync(textFile, text, ct);
            // -f: the text from a file, so quotes and dashes in the prompt are never taken for options.
            await RunAsync("espeak-ng", ["-v", options.EspeakVoice, "-w", raw, "-f", textFile], VoiceErrorCodes.PromptSynthesisFailed, ct);
            return await ResampleAsync(raw, dir, VoiceErrorCodes.PromptSynthesisFailed, ct);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public async Task<(byte[] Wav, int DurationMs)> ConvertAsync(byte[] audio, CancellationToken ct = default)
    {
        var dir = Directory.CreateTempSubdirectory("cc-upload-").FullName;
        try
        {
            var input = Path.Combine(dir, "upload.wav");
            await File.WriteAllBytesAsync(input, audio, ct);
            return await ResampleAsync(input, dir, VoiceErrorCodes.PromptAudioInvalid, ct);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(byte[] Wav, int DurationMs)> ResampleAsync(string input, string dir, string errorCode, CancellationToken ct)
    {
        var output = Path.Combine(dir, "out8k.wav");
        await RunAsync("sox", [input, "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", output], errorCode, ct);
        var wav = await File.ReadAllBytesAsync(output, ct);
        short[] pcm;
        try
        {
            pcm = WavFile.ReadPcm(wav);
        }
        catch (WavFormatException e)
        {
            throw new PromptAudioException(errorCode, e.Message);
        }
        if (pcm.Length == 0) throw new PromptAudioException(errorCode, "The audio is empty.");
        return (wav, (int)(pcm.Length * 1000L / WavFile.SampleRate));
    }

    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, string errorCode, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PromptAudioException(errorCode, $"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PromptAudioException(errorCode, $"{tool} is not installed (scripts/telephony-peers.sh installs it): {e.Message}");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(ToolTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new PromptAudioException(errorCode, $"{tool} timed out");
            }
            if (process.ExitCode != 0) throw new PromptAudioException(errorCode, $"{tool} failed: {(await stderr).Trim()}");
        }
    }
}
