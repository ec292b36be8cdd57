using CallCenter.Calendars;
using CallCenter.Complaints;
using CallCenter.Contacts;
using CallCenter.Notifications;
using CallCenter.WorkOrders.Activities;
using CallCenter.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders;

public static class WorkOrderApplicationServiceCollectionExtensions
{
    /// <summary>Contacts, work orders, SLAs, complaints, the business calendar, notifications and their workflow activities.</summary>
    public static IServiceCollection AddCallCenterWorkOrdersApplication(this IServiceCollection services)
    {
        services.AddScoped<BusinessScheduleProvider>();
        services.AddSingleton<CompanyClock>();
        services.AddScoped<IBusinessCalendarAppService, BusinessCalendarAppService>();
        services.AddSingleton<DispositionCatalogCache>();
        services.AddScoped<DispositionCatalog>();
        services.AddScoped<IDispositionAppService, DispositionAppService>();
        services.AddScoped<IContactAppService, ContactAppService>();
        services.AddScoped<Notifier>();
        services.AddScoped<WorkOrderManager>();
        services.AddScoped<WorkOrderReader>();
        services.AddScoped<WorkOrderSignals>();
        services.AddScoped<ComplaintEscalator>();
        services.AddScoped<SlaBreachSweep>();
        services.AddScoped<WorkOrderAppService>();
        services.AddScoped<IWorkOrderAppService>(sp => sp.GetRequiredService<WorkOrderAppService>());
        services.AddScoped<ITechnicianJobAppService, TechnicianJobAppService>();
        services.AddScoped<ISlaPolicyAppService, SlaPolicyAppService>();
        services.AddScoped<ISupervisionAppService, SupervisionAppService>();
        services.AddScoped<IComplaintAppService, ComplaintAppService>();
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddScoped<NotificationDispatcher>();
        services.AddScoped<INotificationSender, InAppNotificationSender>();
        services.AddScoped<INotificationSender, SmsGatewaySender>();
        services.AddHttpClient(SmsGatewaySender.ClientName);
        services.AddWorkflowActivity<CreateWorkOrder>();
        services.AddWorkflowActivity<RouteToStation>();
        services.AddWorkflowActivity<WaitForWorkOrderState>();
        services.AddWorkflowActivity<Escalate>();
        services.AddWorkflowActivity<Notify>();
        services.AddWorkflowActivity<CreateRevisitTask>();
        return services;
    }
}
