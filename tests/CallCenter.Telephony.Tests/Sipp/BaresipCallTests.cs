using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Sipp;

/// <summary>A real softphone calls in, presses keys and hears our prompt.</summary>
[Collection(SippCollection.Name)]
public class BaresipCallTests
{
    private static async Task Until(Func<bool> condition, int seconds = 15)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++) await Task.Delay(50);
        condition().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Take_A_Baresip_Call_Report_Its_Keys_Once_And_Be_Heard()
    {
        var prompt = Prompt.Tone("greeting", 600, TimeSpan.FromSeconds(6));
        using var host = new EndpointHost(call =>
        {
            call.Answer();
            _ = call.PlayAsync([prompt]);
        });
        var microphone = Path.Combine(Path.GetTempPath(), $"baresip-mic-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(microphone, WavFile.ToPcmBytes(new short[8000 * 10]));
        await using var phone = await Baresip.StartAsync(microphone);

        await phone.CommandAsync("dial", $"sip:95598@127.0.0.1:{host.Address.Port}");
        await Until(() => host.Calls.TryPeek(out var c) && c.State == SipCallState.Confirmed);
        await Task.Delay(500);
        foreach (var key in "12#")
        {
            await phone.CommandAsync("sndcode", key.ToString());
            await Task.Delay(400);
        }
        await Until(() => host.Digits.Count >= 3);
        await Task.Delay(1500); // any duplicate report would arrive by now
        await phone.CommandAsync("hangup");

        var call = (await host.AllEndedAsync(20)).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        call.CallerNumber.ShouldBe("caller");
        string.Concat(host.Digits.Select(d => d.Digit)).ShouldBe("12#");
        host.Digits.ShouldAllBe(d => d.Source == DtmfSource.Rfc4733);
        call.Media!.TelephoneEventPayloadType.ShouldNotBeNull();
        await phone.QuitAsync();
        var heard = phone.ReceivedAudioFiles().ShouldHaveSingleItem();
        var pcm = WavFile.ReadPcm(heard);
        var loud = pcm.Count(s => Math.Abs((int)s) > 2000);
        loud.ShouldBeGreaterThan(8000, $"{heard}: {pcm.Length} samples, {loud} above 2000");
    }
}
