using CallCenter.Auth;
using CallCenter.Files;
using CallCenter.Knowledge;
using CallCenter.Notifications;
using CallCenter.Settings;
using CallCenter.WorkOrders;

namespace CallCenter.Hosting;

public static class OptionsValidationServiceCollectionExtensions
{
    /// <summary>
    /// The bound options classes are checked by their data annotations when the Host starts (ValidateOnStart): a wrong
    /// setting stops the start, and each attribute's message names the configuration key. Binding stays where each
    /// feature registers it; VoiceOptions and the engine's WorkflowRuntimeOptions bring their own validators.
    /// </summary>
    public static IServiceCollection AddCallCenterOptionsValidation(this IServiceCollection services)
    {
        Validate<CompanyOptions>(services);
        Validate<JwtOptions>(services);
        Validate<WorkOrderOptions>(services);
        Validate<SmsGatewayOptions>(services);
        Validate<FileStoreOptions>(services);
        Validate<KnowledgeIndexOptions>(services);
        return services;
    }

    private static void Validate<T>(IServiceCollection services) where T : class =>
        services.AddOptions<T>().ValidateDataAnnotations().ValidateOnStart();
}
