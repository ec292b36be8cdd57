using CallCenter.Acd;
using CallCenter.Calls;
using CallCenter.Voice.Acd;
using CallCenter.Voice.Acd.Desk;
using CallCenter.Voice.Activities;
using CallCenter.Voice.Hosting;
using CallCenter.Voice.Prompts;
using CallCenter.Voice.Sessions;
using CallCenter.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallCenter.Voice;

public static class VoiceServiceCollectionExtensions
{
    /// <summary>
    /// The IVR activities, call sessions, prompt library and synthesizer, and the SIP node as a hosted service. The
    /// host brings the workflow engine, the database and the application services; the same call serves the Host and
    /// the stand-alone SipNode.
    /// </summary>
    public static IServiceCollection AddCallCenterVoice(this IServiceCollection services, IConfiguration configuration, Action<VoiceOptions>? configure = null)
    {
        // Through the options pipeline so ValidateOnStart stops the Host (and the SipNode) on a wrong setting, naming it.
        services.AddOptions<VoiceOptions>()
            .Configure(o => { VoiceOptions.Read(configuration, o); configure?.Invoke(o); })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VoiceOptions>, VoiceOptionsValidator>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<VoiceOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPromptAudioConverter, EspeakPromptAudioConverter>();
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<QueueAnnouncementPrompts>();
        services.AddSingleton<CallSessionRegistry>();
        services.AddSingleton<IncomingCallRouter>();
        services.AddSingleton<OrphanedCallRecovery>();
        // The ACD owner (ADR 0600): started before the SIP node, so the directory is loaded when the first call arrives.
        services.TryAddSingleton<IAgentDeskNotifier, NullAgentDeskNotifier>(); // the Host's SignalR notifier, registered first, wins
        services.AddSingleton<AcdEventPump>();
        services.AddSingleton(sp => new SipAccountCredentialStore(sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<VoiceOptions>().SipRealm, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SipAccountCredentialStore>>()));
        services.AddSingleton<AcdService>();
        services.AddSingleton<IAgentDesk>(sp => sp.GetRequiredService<AcdService>());
        services.AddSingleton<IAcdDirectoryListener>(sp => sp.GetRequiredService<AcdService>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<AcdService>());
        services.AddSingleton<AcdOwnership>();
        services.AddSingleton<SipNodeService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SipNodeService>());
        services.AddWorkflowActivity<IncomingCall>();
        services.AddWorkflowActivity<Answer>();
        services.AddWorkflowActivity<PlayPrompt>();
        services.AddWorkflowActivity<Menu>();
        services.AddWorkflowActivity<GetDigits>();
        services.AddWorkflowActivity<LookupCaller>();
        services.AddWorkflowActivity<CheckBusinessHours>();
        services.AddWorkflowActivity<PlayOutageNotice>();
        services.AddWorkflowActivity<RecordMessage>();
        services.AddWorkflowActivity<TransferToNumber>();
        services.AddWorkflowActivity<Enqueue>();
        services.AddWorkflowActivity<Hangup>();
        return services;
    }
}
