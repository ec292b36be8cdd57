using System.Text.RegularExpressions;
using CallCenter.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Hosting;
using CallCenter.Voice.Sessions;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>
/// Key 0 in ivr-main.json from a phone that does not allow REFER: the node calls Voice:TransferTargets:agent
/// (sip:8000@127.0.0.1:5999 in the fixture — a sipp UAS here) and bridges. The caller runs with -rtp_echo, so what
/// the node relays towards the target after the bridge is what the caller heard.
/// </summary>
[Collection(VoiceCollection.Name)]
public partial class IvrBridgedTransferTests(VoiceHostFixture host)
{
    private const int AgentPort = 5999;
    private const string AgentUri = "sip:8000@127.0.0.1:5999";

    [Fact]
    public async Task Should_Bridge_To_The_Agent_Relay_Its_Audio_And_End_Its_Leg_When_The_Caller_Hangs_Up()
    {
        await using var agent = await SippUas.StartAsync("bridge-target-answer.xml", AgentPort);
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(10000);

        var sipp = await IvrCall.PlaceAsync(host, scenario, extraArgs: "-rtp_echo");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var target = await agent.WaitAsync();
        target.ExitCode.ShouldBe(0, target.Describe()); // INVITE answered, then our BYE after the caller's
        target.Messages.ShouldContain($"INVITE {AgentUri} SIP/2.0");
        target.Messages.ShouldContain($"<sip:{caller}@"); // the agent sees who is calling
        target.Received("BYE").ShouldBe(1);
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var steps = call.Steps();
        var text = string.Join(" → ", steps);
        steps.ShouldContain("Menu:1:0", text);
        steps.ShouldContain($"TransferToNumber:{AgentUri}", text);
        steps.ShouldContain("TransferToNumber:bridged 200", text);
        steps.ShouldContain($"Bridge:answered {AgentUri}", text);
        var end = call.Path.Single(s => s.Kind == "Bridge" && s.Detail!.StartsWith("ended", StringComparison.Ordinal));
        var relayed = Relayed().Match(end.Detail!);
        relayed.Success.ShouldBeTrue(end.Detail);
        end.Detail.ShouldStartWith("ended by caller");
        int.Parse(relayed.Groups[1].Value).ShouldBeGreaterThan(100, end.Detail); // target → caller
        int.Parse(relayed.Groups[2].Value).ShouldBeGreaterThan(50, end.Detail); // the caller's echo → target
        call.EndReason.ShouldBe("RemoteHangup");
        call.Recordings.ShouldBeEmpty();
        await NoCallsLeftAsync();
    }

    [Fact]
    public async Task Should_Hang_Up_The_Caller_When_The_Agent_Hangs_Up()
    {
        await using var agent = await SippUas.StartAsync("bridge-target-hangup.xml", AgentPort);
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").WaitForByeFromNode();

        var sipp = await IvrCall.PlaceAsync(host, scenario, extraArgs: "-rtp_echo");

        sipp.ExitCode.ShouldBe(0, sipp.Describe()); // the caller received our BYE
        sipp.Received("BYE").ShouldBe(1);
        (await agent.WaitAsync()).ExitCode.ShouldBe(0);
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Steps().ShouldContain("TransferToNumber:bridged 200");
        call.Path.Single(s => s.Kind == "Bridge" && s.Detail!.StartsWith("ended", StringComparison.Ordinal)).Detail.ShouldStartWith("ended by target");
        call.EndReason.ShouldBe("LocalHangup");
        await NoCallsLeftAsync();
    }

    [Fact]
    public async Task Should_Take_The_Busy_Port_To_Voicemail_When_The_Agent_Is_Busy()
    {
        await using var agent = await SippUas.StartAsync("bridge-target-busy.xml", AgentPort);
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(9000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        (await agent.WaitAsync()).ExitCode.ShouldBe(0); // the 486 was ACKed
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain("TransferToNumber:busy 486", text);
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("agentMessage", text);
        call.Path.ShouldNotContain(s => s.Kind == "Bridge");
        await NoCallsLeftAsync();
    }

    [Fact]
    public async Task Should_Bridge_When_The_Callers_Phone_Refuses_The_Refer()
    {
        await using var agent = await SippUas.StartAsync("bridge-target-answer.xml", AgentPort);
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false, allowRefer: true).Pause(1500).PlayDtmf("0").RefuseRefer(501, 6000);

        var sipp = await IvrCall.PlaceAsync(host, scenario, extraArgs: "-rtp_echo");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        sipp.Received("REFER").ShouldBe(1);
        var target = await agent.WaitAsync();
        target.ExitCode.ShouldBe(0, target.Describe());
        target.Received("BYE").ShouldBe(1);
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain("TransferToNumber:REFER 501, bridging", text);
        call.Steps().ShouldContain("TransferToNumber:bridged 200", text);
        call.Path.Single(s => s.Kind == "Bridge" && s.Detail!.StartsWith("ended", StringComparison.Ordinal)).Detail.ShouldStartWith("ended by caller");
        await NoCallsLeftAsync();
    }

    private async Task NoCallsLeftAsync()
    {
        var endpoint = host.Services.GetRequiredService<SipNodeService>().Endpoint!;
        var sessions = host.Services.GetRequiredService<CallSessionRegistry>();
        for (var i = 0; i < 100 && (endpoint.ActiveCalls.Count + endpoint.ActiveOutboundCalls.Count + sessions.Count) > 0; i++) await Task.Delay(50);
        endpoint.ActiveCalls.ShouldBeEmpty();
        endpoint.ActiveOutboundCalls.ShouldBeEmpty();
        sessions.Count.ShouldBe(0);
    }

    [GeneratedRegex(@"relayed (\d+) to caller, (\d+) to target")]
    private static partial Regex Relayed();
}
