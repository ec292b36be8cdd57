using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Sessions;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>A real softphone calls the hotline, hears the Mandarin greeting, presses 3 through ctrl_tcp and leaves a complaint.</summary>
[Collection(VoiceCollection.Name)]
public partial class IvrBaresipTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Take_A_Baresip_Call_Through_The_Ivr_And_Be_Heard()
    {
        var microphone = Path.Combine(Path.GetTempPath(), $"baresip-mic-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(microphone, WavFile.ToPcmBytes(new short[8000 * 30]));
        await using var phone = await Baresip.StartAsync(microphone);
        var sessions = host.Services.GetRequiredService<CallSessionRegistry>();

        await phone.CommandAsync("dial", $"sip:96556@127.0.0.1:{host.SipAddress.Port}");
        await Until(() => sessions.All.Any(s => s.Call.CallerNumber == "caller" && s.Call.State == SipCallState.Confirmed));
        await Task.Delay(3000); // most of the greeting, so the phone has something to hear
        await phone.CommandAsync("sndcode", "3");
        await Task.Delay(7000); // the leave-a-message prompt, the beep, a few seconds of "message"
        await phone.CommandAsync("hangup");

        var call = await host.EndedCallAsync(c => c.CallerNumber == "caller" && c.Digits == "3");
        call.ShouldStartLikeTheMainIvr();
        call.Steps().ShouldContain("Menu:1:3");
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("complaint");
        call.EndReason.ShouldBe("RemoteHangup");
        await phone.QuitAsync();
        var heard = phone.ReceivedAudioFiles().ShouldHaveSingleItem();
        var (rms, max) = await SoxStatsAsync(heard);
        rms.ShouldBeGreaterThan(-45, $"{heard}: RMS {rms} dB, peak {max} dB — the phone heard silence");
        max.ShouldBeGreaterThan(-20);
    }

    private static async Task Until(Func<bool> condition, int seconds = 20)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++) await Task.Delay(50);
        condition().ShouldBeTrue();
    }

    /// <summary>"RMS lev dB" and "Pk lev dB" from sox's stats effect.</summary>
    private static async Task<(double Rms, double Peak)> SoxStatsAsync(string wav)
    {
        var start = new ProcessStartInfo("sox") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { wav, "-n", "stats" }) start.ArgumentList.Add(a);
        using var sox = Process.Start(start)!;
        var report = await sox.StandardError.ReadToEndAsync();
        await sox.WaitForExitAsync();
        sox.ExitCode.ShouldBe(0, report);
        return (Level(report, "RMS lev dB"), Level(report, "Pk lev dB"));
    }

    private static double Level(string report, string name)
    {
        var match = Regex.Match(report, Regex.Escape(name) + @"\s+(-?[\d.]+|-inf)");
        match.Success.ShouldBeTrue(report);
        return match.Groups[1].Value == "-inf" ? double.NegativeInfinity : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
