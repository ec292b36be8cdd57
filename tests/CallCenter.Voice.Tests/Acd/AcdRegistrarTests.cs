using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Support;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>The node's registrar (ADR 0600 D2) with the agents' SIP accounts: real baresip phones registering at the Host.</summary>
[Collection(VoiceCollection.Name)]
public class AcdRegistrarTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Register_An_Agents_Phone_With_Its_Password_And_Refuse_A_Wrong_One_Without_A_Binding()
    {
        await using var bed = new AcdTestBed(host);
        var registrar = bed.Acd.Endpoint!.Registrar.ShouldNotBeNull("the SIP node runs the registrar");
        var failedBefore = registrar.Statistics.AuthenticationFailed;
        await bed.PhoneAsync("8004", password: "not-the-password", waitForBinding: false);
        await AcdTestBed.Until(() => registrar.Statistics.AuthenticationFailed > failedBefore, 20, "a wrong digest was answered");
        await Task.Delay(1000);
        registrar.Bindings.GetBindings("8004").ShouldBeEmpty();
        bed.Desk.Get(bed.Agent("8004").UserId)!.PhoneRegistered.ShouldBeFalse();

        await bed.PhoneAsync("8002"); // the right password: a binding, shown on the desk
        bed.Desk.Get(bed.Agent("8002").UserId)!.PhoneRegistered.ShouldBeTrue();
    }
}
