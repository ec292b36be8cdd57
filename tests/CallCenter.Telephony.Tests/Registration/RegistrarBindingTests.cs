using System.Net;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>Bindings per RFC 3261 §10.3: several contacts, expiry, unregistering, ordering, NAT.</summary>
public class RegistrarBindingTests
{
    private const string Desk = "<sip:1001@192.168.1.20:5060>";
    private const string Mobile = "<sip:1001@192.168.1.30:5062;transport=udp>";

    [Fact]
    public void Should_Keep_Several_Contacts_Per_Extension_And_List_Them_All()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: Desk, callId: "desk")!.StatusCode.ShouldBe(200);
        h.Time.Advance(TimeSpan.FromSeconds(100));
        var ok = h.Register("1001", "secret", contact: Mobile + ";expires=300", callId: "mobile")!;

        ok.StatusCode.ShouldBe(200);
        ok.GetHeaders("Contact").OrderBy(c => c).ShouldBe(["<sip:1001@192.168.1.20:5060>;expires=500", "<sip:1001@192.168.1.30:5062;transport=udp>;expires=300"]);
        h.Registrar.GetReachableContacts("1001").Select(b => b.ContactUri).OrderBy(u => u)
            .ShouldBe(["sip:1001@192.168.1.20:5060", "sip:1001@192.168.1.30:5062;transport=udp"]);
    }

    [Fact]
    public void Should_Register_Two_Contacts_In_One_Request()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: $"\"Desk, left\" {Desk};expires=120, {Mobile}")!.StatusCode.ShouldBe(200);
        var bindings = h.Registrar.Bindings.GetBindings("1001");
        bindings.Count.ShouldBe(2);
        bindings.Single(b => b.ContactUri.Contains("192.168.1.20")).RemainingSeconds(h.Time.GetUtcNow()).ShouldBe(120);
        bindings.Single(b => b.ContactUri.Contains("192.168.1.30")).RemainingSeconds(h.Time.GetUtcNow()).ShouldBe(600);
    }

    [Fact]
    public void Should_Forget_An_Expired_Binding_And_Keep_A_Refreshed_One()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: Desk, expires: "120", callId: "desk")!.StatusCode.ShouldBe(200);
        h.Register("1001", "secret", contact: Mobile, expires: "120", callId: "mobile")!.StatusCode.ShouldBe(200);
        h.Time.Advance(TimeSpan.FromSeconds(100));
        h.Register("1001", "secret", contact: Mobile, expires: "120", callId: "mobile", cseq: 3)!.StatusCode.ShouldBe(200);
        h.Time.Advance(TimeSpan.FromSeconds(21));

        h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem().ContactUri.ShouldContain("192.168.1.30");
        h.Registrar.Bindings.GetBindings("1001").ShouldHaveSingleItem(); // expired bindings are never returned, swept or not
        h.Time.Advance(TimeSpan.FromSeconds(100));
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
        h.Registrar.Bindings.Count.ShouldBe(0);
    }

    [Fact]
    public void Should_Unregister_One_Contact_With_Expires_Zero()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: $"{Desk}, {Mobile}")!.StatusCode.ShouldBe(200);
        var ok = h.Register("1001", "secret", contact: Desk, expires: "0", cseq: 3)!;
        ok.StatusCode.ShouldBe(200);
        ok.GetHeaders("Contact").ShouldHaveSingleItem().ShouldStartWith("<sip:1001@192.168.1.30:5062");
        h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem().ContactUri.ShouldContain("192.168.1.30");

        h.Register("1001", "secret", contact: Mobile + ";expires=0", expires: null, cseq: 5)!.StatusCode.ShouldBe(200);
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Unregister_Every_Contact_With_Star()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: Desk, callId: "desk")!.StatusCode.ShouldBe(200);
        h.Register("1001", "secret", contact: Mobile, callId: "mobile")!.StatusCode.ShouldBe(200);
        var ok = h.Register("1001", "secret", contact: "*", expires: "0", callId: "cleanup")!;
        ok.StatusCode.ShouldBe(200);
        ok.GetHeaders("Contact").ShouldBeEmpty();
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Answer_A_Query_Without_Contact_With_The_Current_Bindings()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: Desk)!.StatusCode.ShouldBe(200);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var ok = h.Register("1001", "secret", contact: null, expires: null, callId: "query")!;
        ok.StatusCode.ShouldBe(200);
        ok.GetHeaders("Contact").ShouldHaveSingleItem().ShouldBe("<sip:1001@192.168.1.20:5060>;expires=590");
    }

    [Fact]
    public void Should_Answer_423_With_Min_Expires_Below_The_Minimum_And_Shorten_Above_The_Maximum()
    {
        using var h = new RegistrarHarness(new RegistrarOptions { Realm = RegistrarHarness.Realm, MinExpiresSeconds = 60, MaxExpiresSeconds = 900 });
        var tooBrief = h.Register("1001", "secret", expires: "30")!;
        tooBrief.StatusCode.ShouldBe(423);
        tooBrief.GetHeader("Min-Expires").ShouldBe("60");
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();

        var ok = h.Register("1001", "secret", expires: "99999999999", callId: "long")!;
        ok.StatusCode.ShouldBe(200);
        ok.GetHeader("Contact").ShouldBe("<sip:1001@192.168.1.20:5060>;expires=900");
    }

    [Fact]
    public void Should_Use_The_Default_Expiry_When_None_Is_Given()
    {
        using var h = new RegistrarHarness(new RegistrarOptions { Realm = RegistrarHarness.Realm, DefaultExpiresSeconds = 1800 });
        h.Register("1001", "secret", expires: null)!.GetHeader("Contact").ShouldBe("<sip:1001@192.168.1.20:5060>;expires=1800");
    }

    [Fact]
    public void Should_Refuse_An_Older_CSeq_For_The_Same_Call_Id_Without_Changing_Anything()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: Desk, cseq: 10)!.StatusCode.ShouldBe(200); // bound with CSeq 11
        var late = h.Register("1001", "secret", contact: Desk, expires: "0", cseq: 9)!; // answers with CSeq 10
        late.StatusCode.ShouldBe(400);
        h.Registrar.Bindings.GetBindings("1001").ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_Drop_The_Least_Recently_Refreshed_Contact_Beyond_The_Limit()
    {
        using var h = new RegistrarHarness(new RegistrarOptions { Realm = RegistrarHarness.Realm, MaxContactsPerExtension = 2 });
        for (var i = 1; i <= 3; i++)
        {
            h.Register("1001", "secret", contact: $"<sip:1001@192.168.1.{i}:5060>", callId: $"phone-{i}")!.StatusCode.ShouldBe(200);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }
        h.Registrar.Bindings.GetBindings("1001").Select(b => b.ContactUri).OrderBy(u => u)
            .ShouldBe(["sip:1001@192.168.1.2:5060", "sip:1001@192.168.1.3:5060"]);
    }

    [Fact]
    public void Should_Record_The_Packet_Source_As_The_Reachable_Address_And_Reply_There()
    {
        using var h = new RegistrarHarness();
        var natted = new IPEndPoint(IPAddress.Parse("198.51.100.20"), 61234);
        h.Register("1001", "secret", contact: Desk, from: natted)!.StatusCode.ShouldBe(200);

        h.Transport.Sent.Last().To.ShouldBe(natted); // rport: the reply goes back through the NAT
        h.Transport.Responses.Last().TopVia.Received.ShouldBe("198.51.100.20");
        h.Transport.Responses.Last().TopVia.Rport.ShouldBe(61234);
        var binding = h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem();
        binding.ContactUri.ShouldBe("sip:1001@192.168.1.20:5060"); // the Request-URI for calls
        binding.Source.ShouldBe(natted); // where calls are sent
    }

    [Theory]
    [InlineData("<sip:1001@192.168.1.20:5060", "600")]
    [InlineData("<mailto:1001@example.com>", "600")]
    [InlineData("<sip:1001@192.168.1.20:5060>;expires=soon", "600")]
    [InlineData("<sip:1001@192.168.1.20:5060>", "ten")]
    [InlineData("<sip:1001@192.168.1.20:5060>", "-5")]
    [InlineData("*, <sip:1001@192.168.1.20:5060>", "0")]
    [InlineData("*", "600")]
    [InlineData("<sip:1001@192.168.1.20:5060>,,", "600")]
    public void Should_Answer_A_Malformed_Register_With_400_And_Bind_Nothing(string contact, string expires)
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "secret", contact: contact, expires: expires)!.StatusCode.ShouldBe(400);
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("To: <tel:+861012345>")]
    [InlineData("To: <sip:127.0.0.1>")]
    [InlineData("To: garbage")]
    public void Should_Answer_400_When_To_Names_No_Extension(string to)
    {
        using var h = new RegistrarHarness();
        var raw = SipSamples.Crlf($"""
            REGISTER sip:127.0.0.1 SIP/2.0
            Via: SIP/2.0/UDP 192.168.1.20:5060;branch=z9hG4bK-bad-to;rport
            Max-Forwards: 70
            From: <sip:1001@127.0.0.1>;tag=phone
            {to}
            Call-ID: bad-to
            CSeq: 1 REGISTER
            Contact: <sip:1001@192.168.1.20:5060>
            Content-Length: 0


            """);
        h.Send("1001", raw: raw)!.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void Should_Refuse_Register_With_405_When_No_Registrar_Is_Enabled()
    {
        var transport = new FakeSipTransport();
        using var endpoint = new Telephony.Calls.SipEndpoint(new Telephony.Calls.SipEndpointOptions { Port = 0 }, transport);
        endpoint.Start();
        transport.Receive(SipSamples.Crlf("""
            REGISTER sip:127.0.0.1 SIP/2.0
            Via: SIP/2.0/UDP 192.168.1.20:5060;branch=z9hG4bK-noreg;rport
            From: <sip:1001@127.0.0.1>;tag=phone
            To: <sip:1001@127.0.0.1>
            Call-ID: noreg
            CSeq: 1 REGISTER
            Content-Length: 0


            """));
        transport.Responses.ShouldHaveSingleItem().StatusCode.ShouldBe(405);
    }
}
