using CallCenter.Identity;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders.Activities;

/// <summary>
/// What every work-order activity does around its work: a fresh DI scope (activities are singletons) and
/// <see cref="SystemAccess"/>, because a flow acts for the company even when a technician's request drives it.
/// </summary>
internal static class WorkOrderActivityScope
{
    public static async Task<T> RunAsync<T>(ActivityExecutionContext context, Func<IServiceProvider, Task<T>> work)
    {
        using var system = SystemAccess.Begin();
        await using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The order this flow is about: the input, else the variable CreateWorkOrder set, else the correlation id.</summary>
    public static Guid WorkOrderId(ActivityExecutionContext context)
    {
        var text = context.GetString("workOrderId") is { Length: > 0 } input ? input
            : context.State.Variables.GetValueOrDefault(CreateWorkOrder.Variable)?.ToString() is { Length: > 0 } variable ? variable
            : context.State.CorrelationId;
        return Guid.TryParse(text, out var id) ? id : throw new InvalidOperationException($"No work order id (got '{text}').");
    }
}
