using CallCenter.Endpoints;
using CallCenter.Voice;

namespace CallCenter.Hosting;

/// <summary>The voice feature in the Host: the in-process SIP node (section "Voice", udp/5060 by default) and its API.</summary>
public static class VoiceHostExtensions
{
    public static IServiceCollection AddCallCenterVoiceHost(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCallCenterVoice(configuration);

    public static IEndpointRouteBuilder MapVoiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapVoiceCallEndpoints();
        app.MapVoicePromptEndpoints();
        app.MapVoiceInterruptionEndpoints();
        return app;
    }
}
