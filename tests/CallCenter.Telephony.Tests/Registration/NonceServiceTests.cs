using CallCenter.Telephony.Registration;

namespace CallCenter.Telephony.Tests.Registration;

public class NonceServiceTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private readonly NonceService _nonces = new(Key, "callcenter", TimeSpan.FromMinutes(5));

    [Fact]
    public void Should_Accept_Its_Own_Nonce_Until_It_Expires_Then_Call_It_Stale()
    {
        var nonce = _nonces.Issue(Now);
        _nonces.Check(nonce, Now).ShouldBe(NonceCheck.Valid);
        _nonces.Check(nonce, Now.AddMinutes(5)).ShouldBe(NonceCheck.Valid);
        _nonces.Check(nonce, Now.AddMinutes(5).AddMilliseconds(1)).ShouldBe(NonceCheck.Stale);
        _nonces.Check(nonce, Now, out var issuedAt).ShouldBe(NonceCheck.Valid);
        issuedAt.ShouldBe(Now);
    }

    [Fact]
    public void Should_Refuse_A_Tampered_Foreign_Or_Future_Nonce()
    {
        var nonce = _nonces.Issue(Now);
        var tampered = (nonce[0] == 'A' ? 'B' : 'A') + nonce[1..];
        _nonces.Check(tampered, Now).ShouldBe(NonceCheck.Invalid);
        new NonceService([.. Key.Select(b => (byte)(b + 1))], "callcenter", TimeSpan.FromMinutes(5)).Check(nonce, Now).ShouldBe(NonceCheck.Invalid);
        new NonceService(Key, "other-realm", TimeSpan.FromMinutes(5)).Check(nonce, Now).ShouldBe(NonceCheck.Invalid);
        _nonces.Check(_nonces.Issue(Now.AddMinutes(1)), Now).ShouldBe(NonceCheck.Invalid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-nonce")]
    [InlineData("dcd98b7102dd2f0e8b11d0f600bfb0c093")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Should_Refuse_Garbage(string nonce) => _nonces.Check(nonce, Now).ShouldBe(NonceCheck.Invalid);
}
