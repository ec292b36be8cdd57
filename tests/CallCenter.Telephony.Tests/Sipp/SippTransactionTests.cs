using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

[Collection(SippCollection.Name)]
public class SippTransactionTests
{
    [Fact]
    public async Task Should_Retransmit_200_And_Send_Bye_When_The_Ack_Never_Comes()
    {
        // T1 = 100 ms keeps 64·T1 at 6.4 s; the schedule is the RFC's, only scaled.
        using var host = new EndpointHost(call => call.Answer(), new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(100), T2 = TimeSpan.FromMilliseconds(800) });

        var sipp = await SippRunner.RunAsync(host.Address, "no-ack.xml");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.AckTimeout);
        // 100 ms, 200, 400, 800, then every 800 ms until 6.4 s: the first 200 plus about ten retransmissions.
        sipp.Received("SIP/2.0 200").ShouldBeGreaterThanOrEqualTo(8, sipp.Describe());
        sipp.Received("BYE").ShouldBe(1);
    }

    [Fact]
    public async Task Should_Answer_Cancel_With_200_And_The_Invite_With_487()
    {
        using var host = new EndpointHost(call => call.Ring());

        var sipp = await SippRunner.RunAsync(host.Address, "cancel.xml");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.Cancelled);
        sipp.Received("SIP/2.0 487").ShouldBe(1);
        host.Endpoint.ActiveCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Not_Create_A_Second_Call_For_A_Retransmitted_Invite()
    {
        using var host = new EndpointHost(async call =>
        {
            call.Ring();
            await Task.Delay(300); // let the copy of the INVITE arrive while it rings
            call.Answer();
        });

        var sipp = await SippRunner.RunAsync(host.Address, "retransmitted-invite.xml");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        host.Endpoint.Statistics.RetransmittedRequests.ShouldBeGreaterThanOrEqualTo(1);
        host.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Answer_Options_With_200_And_Create_No_Call()
    {
        using var host = new EndpointHost(call => call.Answer());

        var sipp = await SippRunner.RunAsync(host.Address, "options.xml");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        host.Calls.ShouldBeEmpty();
        sipp.Messages.ShouldContain("Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO");
    }
}
