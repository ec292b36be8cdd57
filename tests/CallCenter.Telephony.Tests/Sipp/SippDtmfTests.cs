using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

[Collection(SippCollection.Name)]
public class SippDtmfTests
{
    [Fact]
    public async Task Should_Report_The_Digit_From_Sipps_Uac_Pcap_Scenario_Exactly_Once()
    {
        using var host = new EndpointHost(call =>
        {
            call.Answer();
            call.StartRecording();
            _ = call.PlayAsync([Prompt.Tone("greeting", 440, TimeSpan.FromSeconds(2))]);
        });
        // uac_pcap plays pcap/g711a.pcap then pcap/dtmf_2833_1.pcap by relative path.
        var workDir = Directory.CreateTempSubdirectory("sipp-pcap-").FullName;
        File.CreateSymbolicLink(Path.Combine(workDir, "pcap"), "/usr/share/sip-tester");

        var sipp = await SippRunner.RunAsync(host.Address, "uac_pcap", workDir);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        call.Media!.Law.ShouldBe(G711Law.ALaw);
        call.Media.TelephoneEventPayloadType.ShouldBe(101);
        host.Digits.Select(d => d.Digit).ShouldBe(['1']);
        host.Digits.Single().Source.ShouldBe(DtmfSource.Rfc4733);
        call.Rtp!.PacketsReceived.ShouldBeGreaterThan(100);
        call.Rtp.Sender!.PacketsSent.ShouldBeGreaterThan(100);
        // g711a.pcap carries about 7 s of speech; the recording holds it, placed by timestamp, and is not silence.
        var pcm = WavFile.ReadPcm(call.StopRecording());
        Console.WriteLine($"recorded {pcm.Length / 8000.0:F3} s");
        (pcm.Length / 8000.0).ShouldBeInRange(5.0, 9.0);
        pcm.Count(s => Math.Abs((int)s) > 500).ShouldBeGreaterThan(8000);
    }

    [Fact]
    public async Task Should_Report_Sipps_Play_Dtmf_With_Payload_Type_96_Once_Per_Key()
    {
        using var host = new EndpointHost(call => call.Answer());

        var sipp = await SippRunner.RunAsync(host.Address, "play-dtmf.xml");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.Media!.TelephoneEventPayloadType.ShouldBe(96);
        string.Concat(host.Digits.Select(d => d.Digit)).ShouldBe("11#");
    }
}
