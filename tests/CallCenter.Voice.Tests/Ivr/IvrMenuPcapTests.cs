using CallCenter.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>
/// sipp plays the RFC 4733 captures shipped in /usr/share/sip-tester (payload type 101, three end packets per key)
/// and a PCMA speech capture into ivr-main.json; the call record shows the way taken, each key once.
/// </summary>
[Collection(VoiceCollection.Name)]
public class IvrMenuPcapTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Take_Branch_1_Repair_And_Store_A_Voicemail_As_Long_As_The_Recording_Window()
    {
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: true).Pause(1500).PcapKey('1').Pause(5500).PcapSpeech().Pause(500);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.ShouldStartLikeTheMainIvr();
        call.Digits.ShouldBe("1");
        call.EndReason.ShouldBe("RemoteHangup");
        call.Steps().ShouldContain("LookupCaller:Unknown");
        call.Steps().ShouldContain("Menu:1:1");
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("repair");

        var recording = call.Recordings.ShouldHaveSingleItem();
        using var scope = host.Services.CreateScope();
        var calls = scope.ServiceProvider.GetRequiredService<ICallRecordAppService>();
        var wav = (await calls.GetRecordingAsync(recording.Id)).Wav;
        var pcm = WavFile.ReadPcm(wav); // throws unless it is a valid 8 kHz 16-bit mono WAV
        var lengthMs = pcm.Length * 1000.0 / WavFile.SampleRate;
        var windowMs = (call.EndedAt!.Value - recording.StartedAt).TotalMilliseconds;
        Math.Abs(lengthMs - windowMs).ShouldBeLessThan(100, $"WAV {lengthMs:F0} ms, recording window {windowMs:F0} ms");
        recording.DurationMs.ShouldBe((int)lengthMs);
        // The capture's ~7 s of speech is in it, placed by timestamp, not silence.
        pcm.Count(s => Math.Abs((int)s) > 500).ShouldBeGreaterThan(8000);

        var callback = (await calls.GetCallbacksAsync(CallbackStatus.Open)).Where(c => c.CallRecordId == call.Id).ShouldHaveSingleItem();
        callback.Topic.ShouldBe("repair");
        callback.RecordingId.ShouldBe(recording.Id);
        callback.PhoneNumber.ShouldBe(caller);
    }

    [Fact]
    public async Task Should_Report_The_Same_Capture_Replayed_Twice_As_Two_Presses()
    {
        // Replaying a capture repeats its SSRC, timestamps and sequence numbers exactly: "11" must still be two keys.
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: true).Pause(1500).PcapKey('1').Pause(400).PcapKey('1').Pause(6000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Digits.ShouldBe("11");
        call.Steps().Count(s => s.StartsWith("Menu:", StringComparison.Ordinal)).ShouldBe(1);
        call.Steps().ShouldContain("Menu:1:1");
    }
}
