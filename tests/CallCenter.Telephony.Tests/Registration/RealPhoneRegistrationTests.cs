using System.Net;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Sipp;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>Real phones register at our endpoint: baresip 1.0.0 (libre) and linphonec 5.1 (belle-sip).</summary>
[Collection(SippCollection.Name)]
public class RealPhoneRegistrationTests
{
    private static async Task Until(Func<bool> condition, int seconds = 20, string? what = null)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++) await Task.Delay(50);
        condition().ShouldBeTrue(what);
    }

    private static async Task<string> SilentMicrophone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"baresip-mic-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(path, WavFile.ToPcmBytes(new short[8000]));
        return path;
    }

    private readonly RecordingCredentialStore _store;

    public RealPhoneRegistrationTests()
    {
        var store = new InMemorySipCredentialStore();
        store.Set(new RegistrarOptions().Realm, "1001", "secret");
        _store = new RecordingCredentialStore(store);
    }

    private (EndpointHost Host, SipRegistrar Registrar) StartRegistrar(RegistrarOptions options, SipTimerSettings? timers = null)
    {
        var host = new EndpointHost(_ => { }, timers);
        return (host, host.Endpoint.EnableRegistrar(_store, options));
    }

    private static string Account(int registrarPort, string password, int regint = 60) =>
        $"<sip:1001@127.0.0.1:{registrarPort};transport=udp>;auth_pass={password};regint={regint}";

    [Fact]
    public async Task Should_Register_A_Baresip_Phone_With_Digest_And_Remove_It_When_The_Phone_Quits()
    {
        var (host, registrar) = StartRegistrar(new RegistrarOptions());
        using var _ = host;
        await using var phone = await Baresip.StartAsync(await SilentMicrophone(), Account(host.Address.Port, "secret"));

        await Until(() => registrar.GetReachableContacts("1001").Count == 1, what: "baresip registered");
        var binding = registrar.GetReachableContacts("1001").Single();
        binding.Source.ShouldBe(new IPEndPoint(IPAddress.Loopback, phone.SipPort));
        binding.ContactUri.ShouldContain($"127.0.0.1:{phone.SipPort}");
        binding.RemainingSeconds(DateTimeOffset.UtcNow).ShouldBeInRange(55, 60);
        registrar.Statistics.Challenged.ShouldBeGreaterThanOrEqualTo(1); // it had to answer a challenge
        registrar.Statistics.AuthenticationFailed.ShouldBe(0);
        _store.Requested.ShouldAllBe(a => a == DigestAlgorithm.Md5); // libre 1.x knows only MD5 (RegistrarOptions.Md5OnlyUserAgents)

        await phone.QuitAsync(); // baresip unregisters (Expires: 0) on its way out
        await Until(() => registrar.Bindings.GetBindings("1001").Count == 0, 10, "binding removed on quit");
    }

    [Fact]
    public async Task Should_Refuse_A_Baresip_Phone_With_A_Wrong_Password()
    {
        var (host, registrar) = StartRegistrar(new RegistrarOptions { FailuresBeforeForbidden = 2 });
        using var _ = host;
        await using var phone = await Baresip.StartAsync(await SilentMicrophone(), Account(host.Address.Port, "wrong"));

        await Until(() => registrar.Statistics.AuthenticationFailed >= 1, what: "a wrong digest arrived");
        await Until(() => registrar.Statistics.Forbidden + registrar.Statistics.Challenged >= 2, what: "401/403 answered");
        await Task.Delay(1000);
        registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
        registrar.Statistics.Registered.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Forget_A_Baresip_Binding_When_It_Expires_Without_Refresh()
    {
        // The registrar grants 2 s; baresip refreshes within that while it runs, and the binding must go once it is killed.
        var (host, registrar) = StartRegistrar(new RegistrarOptions { MinExpiresSeconds = 1, MaxExpiresSeconds = 2 });
        using var _ = host;
        var phone = await Baresip.StartAsync(await SilentMicrophone(), Account(host.Address.Port, "secret"));
        await using (phone)
        {
            await Until(() => registrar.GetReachableContacts("1001").Count == 1, what: "baresip registered");
            await Task.Delay(3000);
            registrar.GetReachableContacts("1001").Count.ShouldBe(1, "baresip refreshes a 2 s binding in time");
            await phone.KillAsync();
        }
        var killedAt = DateTimeOffset.UtcNow;
        await Until(() => registrar.Bindings.GetBindings("1001").Count == 0, 10, "binding expired");
        (DateTimeOffset.UtcNow - killedAt).ShouldBeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Should_Mark_A_Vanished_Baresip_Phone_Unreachable_After_An_Unanswered_Options()
    {
        var timers = new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(50), T2 = TimeSpan.FromMilliseconds(400), T4 = TimeSpan.FromMilliseconds(500) };
        var (host, registrar) = StartRegistrar(new RegistrarOptions { QualifyInterval = TimeSpan.FromSeconds(1) }, timers);
        using var _ = host;
        var phone = await Baresip.StartAsync(await SilentMicrophone(), Account(host.Address.Port, "secret"));
        await using (phone)
        {
            await Until(() => registrar.GetReachableContacts("1001").SingleOrDefault()?.LastQualifiedAt is not null, what: "baresip answered OPTIONS");
            await phone.KillAsync();
        }
        await Until(() => registrar.GetReachableContacts("1001").Count == 0, 15, "unreachable after the OPTIONS timed out");
        registrar.Bindings.GetBindings("1001").ShouldHaveSingleItem().Reachable.ShouldBeFalse();
        registrar.Statistics.QualifyTimeouts.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_Register_A_Linphone_Phone_With_Sha256_And_Remove_It_When_It_Unregisters()
    {
        var (host, registrar) = StartRegistrar(new RegistrarOptions());
        using var _ = host;
        await using var phone = await Linphonec.StartAsync();
        await phone.RegisterAsync("1001", "secret", host.Address.Port);

        await Until(() => registrar.GetReachableContacts("1001").Count == 1, what: "linphonec registered");
        registrar.GetReachableContacts("1001").Single().Source.ShouldBe(new IPEndPoint(IPAddress.Loopback, phone.SipPort));
        registrar.Statistics.AuthenticationFailed.ShouldBe(0);
        _store.Requested.ShouldContain(DigestAlgorithm.Sha256); // belle-sip picks the first (preferred) challenge
        _store.Requested.ShouldNotContain(DigestAlgorithm.Md5);

        // linphonec's quit does not unregister; "unregister" sends Expires: 0. Once in CI (load ~1) no binding was removed
        // within 10 s — presumably the command reached linphonec while it was still completing its own REGISTER (the
        // registrar stores the binding before its 200 reaches the phone; linphonec's output is not kept to tell). The
        // command is repeated once a second until the binding is gone, at most ten times; not verified as the cause.
        for (var attempt = 0; attempt < 10 && registrar.Bindings.GetBindings("1001").Count != 0; attempt++)
        {
            await phone.CommandAsync("unregister");
            for (var poll = 0; poll < 20 && registrar.Bindings.GetBindings("1001").Count != 0; poll++) await Task.Delay(50);
        }
        await Until(() => registrar.Bindings.GetBindings("1001").Count == 0, 10, "binding removed on unregister");
        await phone.QuitAsync();
    }
}
