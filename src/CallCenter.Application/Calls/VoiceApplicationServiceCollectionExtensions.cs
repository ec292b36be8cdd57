using CallCenter.Interruptions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Calls;

public static class VoiceApplicationServiceCollectionExtensions
{
    /// <summary>Call records, prompts and heating interruptions (the voice layer adds the audio converter).</summary>
    public static IServiceCollection AddCallCenterVoiceApplication(this IServiceCollection services)
    {
        services.AddScoped<ICallRecordAppService, CallRecordAppService>();
        services.AddScoped<ICallRecordWriter, CallRecordWriter>();
        services.AddSingleton<ISipNodeClaim, SipNodeClaim>();
        services.AddScoped<IVoicePromptAppService, VoicePromptAppService>();
        services.AddScoped<IHeatingInterruptionAppService, HeatingInterruptionAppService>();
        return services;
    }
}
