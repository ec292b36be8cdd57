using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

[Collection(SippCollection.Name)]
public class SippBasicCallTests
{
    [Fact]
    public async Task Should_Complete_A_Sipp_Uac_Call_Ended_By_Bye()
    {
        using var host = new EndpointHost(call => call.Answer());

        var sipp = await SippRunner.RunAsync(host.Address, "uac");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = (await host.AllEndedAsync()).ShouldHaveSingleItem();
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        call.DialledNumber.ShouldBe("95598");
        call.CallerNumber.ShouldBe("sipp");
        call.State.ShouldBe(SipCallState.Ended);
        host.Endpoint.ActiveCalls.ShouldBeEmpty();
    }
}
