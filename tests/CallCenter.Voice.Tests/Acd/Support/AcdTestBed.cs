using CallCenter.Acd;
using CallCenter.EntityFrameworkCore;
using CallCenter.Seeding.Acd;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Acd;
using CallCenter.Voice.Acd.Desk;
using CallCenter.Voice.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd.Support;

/// <summary>
/// What an ACD test needs on the shared voice Host: the ACD and its desk, agents by extension, SIP passwords, real
/// baresip phones that register with digest, queue settings for one test, and a clean slate afterwards (every agent
/// logged out, queues as they were, phones gone) so the IVR tests that share the Host see unstaffed queues.
/// </summary>
public sealed class AcdTestBed : IAsyncDisposable
{
    private readonly VoiceHostFixture _host;
    private readonly List<Baresip> _phones = [];
    private readonly Dictionary<Guid, CreateUpdateAcdQueueDto> _changedQueues = [];
    private AcdSettingsDto? _originalSettings;

    public AcdTestBed(VoiceHostFixture host) => _host = host;

    public AcdService Acd => _host.Services.GetRequiredService<AcdService>();

    public IAgentDesk Desk => _host.Services.GetRequiredService<IAgentDesk>();

    public int SipPort => _host.SipAddress.Port;

    public AcdAgentDefinitionDto Agent(string extension) => Acd.Directory.AgentsByExtension[extension];

    public AcdQueueDefinitionDto Queue(string name) => Acd.Directory.FindQueue(name) ?? throw new InvalidOperationException($"no queue {name}");

    /// <summary>The agent's demo SIP password (seeded as HA1 only; README "Queues and agents").</summary>
    public static string Password(string extension) => DemoAcd.Agents.Single(a => a.Extension == extension).SipPassword;

    /// <summary>Changes a queue through the configuration service (as the queues page does) for this test; restored on dispose.</summary>
    public async Task ConfigureQueueAsync(string name, Func<CreateUpdateAcdQueueDto, CreateUpdateAcdQueueDto> change)
    {
        using (var scope = _host.Services.CreateScope())
        {
            var queues = scope.ServiceProvider.GetRequiredService<IAcdQueueAppService>();
            var queue = (await queues.GetListAsync()).Single(q => q.Name == name);
            var current = Editable(queue);
            _changedQueues.TryAdd(queue.Id, current);
            await queues.UpdateAsync(queue.Id, change(current));
        }
        await Acd.ReloadAsync();
    }

    /// <summary>Changes the ACD-wide settings (misses before NotReady…) for this test; restored on dispose.</summary>
    public async Task ConfigureSettingsAsync(Func<AcdSettingsDto, AcdSettingsDto> change)
    {
        using (var scope = _host.Services.CreateScope())
        {
            var queues = scope.ServiceProvider.GetRequiredService<IAcdQueueAppService>();
            var current = await queues.GetSettingsAsync();
            _originalSettings ??= current;
            await queues.UpdateSettingsAsync(change(current));
        }
        await Acd.ReloadAsync();
    }

    private static CreateUpdateAcdQueueDto Editable(AcdQueueDefinitionDto q) => new()
    {
        Name = q.Name, Skill = q.Skill, MinLevel = q.MinLevel, Strategy = q.Strategy, Tiers = q.Tiers, RingTimeoutSeconds = q.RingTimeoutSeconds,
        WrapUpSeconds = q.WrapUpSeconds, MaxWaitSeconds = q.MaxWaitSeconds, OverflowKind = q.OverflowKind, OverflowTarget = q.OverflowTarget,
        JoinWhenEmpty = q.JoinWhenEmpty, AnnounceEverySeconds = q.AnnounceEverySeconds, UseBusinessHours = q.UseBusinessHours,
        CallbackEnabled = q.CallbackEnabled,
    };

    /// <summary>
    /// A baresip phone registered as the agent (digest, MD5 for libre 1.x), its microphone a steady tone so what the
    /// far end hears is measurable; waits until the registrar has its binding.
    /// </summary>
    public async Task<Baresip> PhoneAsync(string extension, bool autoAnswer = true, string? password = null, bool waitForBinding = true, int? sipPort = null)
    {
        var microphone = Path.Combine(Path.GetTempPath(), $"agent-mic-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(microphone, WavFile.ToPcmBytes(Tone(60)));
        password ??= Password(extension);
        var account = $"<sip:{extension}@127.0.0.1:{sipPort ?? SipPort};transport=udp>;auth_pass={password};regint=60;" +
                      $"answermode={(autoAnswer ? "auto" : "manual")};audio_codecs=pcmu;ptime=20";
        var phone = await Baresip.StartAsync(microphone, account);
        _phones.Add(phone);
        if (waitForBinding) await Until(() => Registered(extension), 20, $"{extension} registered");
        return phone;
    }

    public bool Registered(string extension) => Acd.Endpoint?.Registrar?.GetReachableContacts(extension).Count > 0;

    /// <summary>Logs the agent in and makes them Ready (the desk's commands, as the hub would call them).</summary>
    public async Task ReadyAsync(string extension)
    {
        var id = Agent(extension).UserId;
        (await Desk.LoginAsync(id, null)).Succeeded.ShouldBeTrue();
        var ready = Desk.SetReady(id);
        ready.Succeeded.ShouldBeTrue(ready.ErrorCode);
    }

    public AgentState State(string extension) => Desk.Get(Agent(extension).UserId)!.State;

    /// <summary>The queue events of one call as stored in queue_events, in order, once the pump has written them.</summary>
    public async Task<IReadOnlyList<QueueEventDto>> EventsAsync(Guid callRecordId)
    {
        await Acd.Events.FlushAsync(TimeSpan.FromSeconds(5));
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        var rows = await db.QueueEvents.AsNoTracking().Where(e => e.CallRecordId == callRecordId).OrderBy(e => e.Id).ToListAsync();
        return [.. rows.Select(e => new QueueEventDto(e.At, e.Event, e.CallRecordId, e.QueueId, e.AgentId, e.WaitMs, e.TalkMs, e.WrapMs, e.Data))];
    }

    public static async Task Until(Func<bool> condition, int seconds = 20, string? what = null)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++) await Task.Delay(50);
        condition().ShouldBeTrue(what);
    }

    private static short[] Tone(int seconds)
    {
        var pcm = new short[WavFile.SampleRate * seconds];
        for (var i = 0; i < pcm.Length; i++) pcm[i] = (short)(6000 * Math.Sin(2 * Math.PI * 440 * i / WavFile.SampleRate));
        return pcm;
    }

    public async ValueTask DisposeAsync()
    {
        // Quit, not kill: baresip unregisters on its way out, so no stale binding of this test rings in the next one.
        await Task.WhenAll(_phones.Select(p => p.QuitAsync()));
        foreach (var phone in _phones) await phone.DisposeAsync();
        Acd.DropWaitingCallbacks(); // a callback test that failed halfway must not ring the next test's phones
        // Straight to the router: a test may leave an agent in wrap-up without a disposition, which the desk refuses.
        foreach (var agent in Acd.Directory.Agents.Values)
        {
            var id = agent.UserId.ToString();
            for (var i = 0; i < 100 && Acd.Router.GetAgent(id).State is AgentState.Reserved or AgentState.OnCall or AgentState.Hold; i++) await Task.Delay(100);
            Acd.Router.Logout(id);
        }
        using (var scope = _host.Services.CreateScope())
        {
            var queues = scope.ServiceProvider.GetRequiredService<IAcdQueueAppService>();
            foreach (var (id, original) in _changedQueues) await queues.UpdateAsync(id, original);
            if (_originalSettings is not null) await queues.UpdateSettingsAsync(_originalSettings);
        }
        await Acd.ReloadAsync();
    }
}
