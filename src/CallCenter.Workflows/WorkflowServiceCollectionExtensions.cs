using CallCenter.Workflows.Activities;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Expressions;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The engine with the built-in activities and in-memory stores; register other stores, a timer scheduler or
    /// activities before or after (stores and scheduler are TryAdd, activities are additive).
    /// </summary>
    public static IServiceCollection AddCallCenterWorkflowEngine(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null)
    {
        // Through the options pipeline so a host's ValidateOnStart stops it on a wrong setting, naming the key.
        services.AddOptions<WorkflowRuntimeOptions>().Configure(o => configure?.Invoke(o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowRuntimeOptions>, WorkflowRuntimeOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<WorkflowRuntimeOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new JavaScriptOptions());
        services.TryAddSingleton<IExpressionEvaluator, JavaScriptEvaluator>();
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        services.TryAddSingleton<IWorkflowInstanceStore, InMemoryWorkflowInstanceStore>();
        services.TryAddSingleton<IWorkflowTimerScheduler, ManualTimerScheduler>();
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<WorkflowRunner>();
        services.TryAddSingleton<WorkflowValidator>();
        services.TryAddSingleton<WorkflowDefinitionService>();
        services.TryAddSingleton<WorkflowFolderImporter>();
        services.TryAddSingleton<WorkflowRuntime>();
        foreach (var type in new[]
                 {
                     typeof(Start), typeof(End), typeof(SetVariable), typeof(If), typeof(Switch), typeof(Fork), typeof(Join), typeof(Log),
                     typeof(Delay), typeof(Activities.Timer), typeof(WaitForEvent), typeof(RunWorkflow),
                 })
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IActivity), type));
        return services;
    }

    public static IServiceCollection AddWorkflowActivity<T>(this IServiceCollection services) where T : class, IActivity
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivity, T>());
        return services;
    }
}
