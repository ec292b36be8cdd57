using System.Diagnostics;
using CallCenter.Calls;
using CallCenter.Errors;
using CallCenter.Telephony.Media;
using CallCenter.Voice.Prompts;

namespace CallCenter.Voice.Tests.Prompts;

/// <summary>espeak-ng and sox as installed by scripts/telephony-peers.sh: speech from text, uploads validated and converted.</summary>
public class PromptAudioTests
{
    private readonly EspeakPromptAudioConverter _converter = new(new VoiceOptions
    {
        PromptCachePath = Directory.CreateTempSubdirectory("cc-prompt-test-").FullName,
    });

    [Fact]
    public async Task Should_Synthesize_Mandarin_To_An_8kHz_Wav_That_Is_Not_Silent()
    {
        var (wav, durationMs) = await _converter.SynthesizeAsync("您好，这里是供热服务热线。");

        var pcm = WavFile.ReadPcm(wav);
        durationMs.ShouldBe((int)(pcm.Length * 1000L / 8000));
        durationMs.ShouldBeInRange(1000, 8000);
        pcm.Count(s => Math.Abs((int)s) > 1000).ShouldBeGreaterThan(2000);
    }

    [Fact]
    public async Task Should_Serve_The_Same_Text_From_The_Cache()
    {
        var first = await _converter.SynthesizeAsync("请按1");
        var stopwatch = Stopwatch.StartNew();
        var second = await _converter.SynthesizeAsync("请按1");
        second.Wav.ShouldBe(first.Wav);
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Should_Convert_A_44kHz_Stereo_Upload_To_8kHz_Mono_Keeping_Its_Length()
    {
        var dir = Directory.CreateTempSubdirectory("cc-upload-test-").FullName;
        var upload = Path.Combine(dir, "hifi.wav");
        await RunAsync("sox", ["-n", "-r", "44100", "-c", "2", "-b", "16", upload, "synth", "2.5", "sine", "440"]);

        var (wav, durationMs) = await _converter.ConvertAsync(await File.ReadAllBytesAsync(upload));

        var pcm = WavFile.ReadPcm(wav); // our reader accepts only 8 kHz mono 16-bit
        durationMs.ShouldBeInRange(2450, 2550);
        pcm.Length.ShouldBeInRange(19_600, 20_400);
    }

    [Fact]
    public async Task Should_Refuse_Bytes_That_Are_Not_Audio()
    {
        var garbage = "this is not a wav file at all"u8.ToArray();

        var error = await Should.ThrowAsync<PromptAudioException>(() => _converter.ConvertAsync(garbage));

        error.Code.ShouldBe(VoiceErrorCodes.PromptAudioInvalid);
    }

    private static async Task RunAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        p.ExitCode.ShouldBe(0, err);
    }
}
