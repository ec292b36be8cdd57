using System.Net;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>OPTIONS qualify: a phone that stops answering is not offered calls; one that answers or re-registers is again.</summary>
public class RegistrarQualifyTests
{
    private static RegistrarOptions Options => new() { Realm = RegistrarHarness.Realm, QualifyInterval = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Should_Send_Options_To_The_Reachable_Address_And_Keep_A_Binding_That_Answers()
    {
        using var h = new RegistrarHarness(Options);
        var natted = new IPEndPoint(IPAddress.Parse("198.51.100.20"), 61234);
        h.Register("1001", "secret", from: natted)!.StatusCode.ShouldBe(200);
        h.Transport.Clear();

        h.Time.Advance(TimeSpan.FromSeconds(30));
        var (options, to) = h.SentOptions().ShouldHaveSingleItem();
        to.ShouldBe(natted);
        options.Uri.ShouldBe("sip:1001@192.168.1.20:5060");
        h.AnswerOptions(options, natted);
        h.Time.Advance(TimeSpan.FromSeconds(40));

        var binding = h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem();
        binding.LastQualifiedAt.ShouldNotBeNull();
        h.Registrar.Statistics.QualifyTimeouts.ShouldBe(0);
    }

    [Fact]
    public void Should_Leave_Out_A_Binding_That_Does_Not_Answer_Until_It_Registers_Again()
    {
        using var h = new RegistrarHarness(Options);
        h.Register("1001", "secret", contact: "<sip:1001@192.168.1.20:5060>", callId: "desk")!.StatusCode.ShouldBe(200);
        h.Register("1001", "secret", contact: "<sip:1001@192.168.1.30:5060>", callId: "mobile",
            from: new IPEndPoint(IPAddress.Parse("198.51.100.30"), 5060))!.StatusCode.ShouldBe(200);
        h.Transport.Clear();

        h.Time.Advance(TimeSpan.FromSeconds(30));
        var sent = h.SentOptions();
        sent.Count.ShouldBe(2);
        var mobile = sent.Single(s => s.Request.Uri.Contains("192.168.1.30"));
        h.AnswerOptions(mobile.Request, mobile.To); // the desk phone stays silent
        h.Time.Advance(TimeSpan.FromSeconds(32)); // 64·T1: the OPTIONS transaction times out

        h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem().ContactUri.ShouldContain("192.168.1.30");
        h.Registrar.Bindings.GetBindings("1001").Single(b => b.ContactUri.Contains("192.168.1.20")).Reachable.ShouldBeFalse();
        h.Registrar.Statistics.QualifyTimeouts.ShouldBe(1);

        h.Register("1001", "secret", contact: "<sip:1001@192.168.1.20:5060>", callId: "desk", cseq: 3)!.StatusCode.ShouldBe(200);
        h.Registrar.GetReachableContacts("1001").Count.ShouldBe(2);
    }

    [Fact]
    public void Should_Not_Stack_Options_While_One_Is_Unanswered()
    {
        using var h = new RegistrarHarness(Options with { QualifyInterval = TimeSpan.FromSeconds(10) });
        h.Register("1001", "secret")!.StatusCode.ShouldBe(200);
        h.Transport.Clear();
        h.Time.Advance(TimeSpan.FromSeconds(10));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        // One OPTIONS (and its own retransmissions), not one per tick.
        h.SentOptions().Select(o => o.Request.CallId).Distinct().Count().ShouldBe(1);
    }
}
