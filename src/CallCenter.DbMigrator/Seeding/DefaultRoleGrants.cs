using CallCenter.Permissions;
using P = CallCenter.Permissions.CallCenterPermissions;

namespace CallCenter.Seeding;

/// <summary>
/// The designed grants of each seeded role — what a heating company gets on day one, changeable afterwards on the
/// roles page. The permission-matrix test reads its expectations from here and spot-checks the important ones.
/// </summary>
public static class DefaultRoleGrants
{
    private static readonly string[] ViewCustomers = [P.Customers.Default, P.Stations.Default];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [CallCenterRoles.Administrator] = P.All,
        [CallCenterRoles.Supervisor] =
        [
            .. ViewCustomers, P.Customers.Edit, P.Customers.Import, P.Customers.ScreenPop, P.Organization.Default,
            P.Users.Default, P.Roles.Default, P.Workflows.Default, P.Workflows.Instances, P.Workflows.ManageInstances, P.Workflows.RaiseEvents,
            P.Knowledge.Default,
            P.Contacts.Default, P.WorkOrders.Default, P.WorkOrders.Dispatch, P.WorkOrders.Assign, P.WorkOrders.Revisit, P.WorkOrders.Supervise,
            P.WorkOrders.ManageSla, // the business calendar and SLA policies: the supervisor keeps holidays current
            P.Complaints.Default, P.Complaints.Escalate, P.Notifications.Default, P.Notifications.Outbox,
            P.Calls.Default, P.Calls.Recordings, P.Calls.Callbacks, P.Interruptions.Default, P.Interruptions.Edit, P.Prompts.Default, P.Prompts.Edit,
            P.Acd.Default, P.Acd.ManageQueues, P.Acd.ManageAgents, P.Acd.Desk,
        ],
        // Agents record contacts and open orders; revisit agents call back and record the result.
        [CallCenterRoles.Agent] =
        [
            .. ViewCustomers, P.Customers.Edit, P.Customers.ScreenPop, P.Knowledge.Default,
            P.Contacts.Default, P.Contacts.Create, P.WorkOrders.Default, P.WorkOrders.Create, P.Complaints.Default, P.Notifications.Default,
            P.Interruptions.Default, P.Calls.Callbacks, P.Acd.Desk,
        ],
        [CallCenterRoles.RevisitAgent] =
        [
            .. ViewCustomers, P.Customers.ScreenPop, P.Knowledge.Default,
            P.Contacts.Default, P.Contacts.Create, P.WorkOrders.Default, P.WorkOrders.Revisit, P.Complaints.Default, P.Notifications.Default,
            P.Calls.Callbacks, P.Acd.Desk,
        ],
        // The central dispatcher routes every station's orders; a station dispatcher assigns within their station.
        [CallCenterRoles.Dispatcher] =
        [
            .. ViewCustomers, P.Customers.ScreenPop, P.Organization.Default, P.Workflows.Instances, P.Knowledge.Default,
            P.Contacts.Default, P.WorkOrders.Default, P.WorkOrders.Create, P.WorkOrders.Dispatch, P.WorkOrders.Assign,
            P.Complaints.Default, P.Complaints.Escalate, P.Notifications.Default,
            P.Interruptions.Default, P.Interruptions.Edit,
        ],
        [CallCenterRoles.StationDispatcher] = [.. ViewCustomers, P.Organization.Default, P.WorkOrders.Default, P.WorkOrders.Assign, P.Notifications.Default,
            P.Interruptions.Default],
        [CallCenterRoles.Technician] = [.. ViewCustomers, P.WorkOrders.Default, P.WorkOrders.Work, P.Notifications.Default],
        // Business analysts draw and publish the flows and read the figures.
        [CallCenterRoles.Analyst] =
        [
            .. ViewCustomers, P.Organization.Default, P.Workflows.Default, P.Workflows.Edit, P.Workflows.Publish,
            P.Workflows.Instances, P.Workflows.RaiseEvents, P.Contacts.Default, P.WorkOrders.Default, P.Notifications.Default,
            P.Calls.Default, P.Prompts.Default, P.Prompts.Edit,
        ],
        [CallCenterRoles.QualityInspector] =
        [
            .. ViewCustomers, P.Workflows.Instances, P.Knowledge.Default, P.Contacts.Default, P.WorkOrders.Default, P.Complaints.Default,
            P.Notifications.Default, P.Calls.Default, P.Calls.Recordings,
        ],
        [CallCenterRoles.KnowledgeEditor] = [P.Stations.Default, P.Knowledge.Default, P.Knowledge.Edit, P.Knowledge.Publish, P.Notifications.Default],
    };
}
