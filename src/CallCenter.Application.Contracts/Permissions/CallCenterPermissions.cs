namespace CallCenter.Permissions;

/// <summary>
/// Every permission the product checks, as named constants (ABP style). Endpoints require them by policy;
/// roles are granted them in the database. Display names live in the localization JSON under "Permission:&lt;name&gt;".
/// </summary>
public static class CallCenterPermissions
{
    public const string Prefix = "CallCenter";

    public static class Customers
    {
        public const string Default = Prefix + ".Customers";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
        public const string Import = Default + ".Import";
        public const string ScreenPop = Default + ".ScreenPop";
    }

    public static class Stations
    {
        public const string Default = Prefix + ".Stations";
        public const string Edit = Default + ".Edit";
    }

    public static class Organization
    {
        public const string Default = Prefix + ".Organization";
        public const string Edit = Default + ".Edit";
    }

    public static class Users
    {
        public const string Default = Prefix + ".Users";
        public const string Edit = Default + ".Edit";
    }

    public static class Roles
    {
        public const string Default = Prefix + ".Roles";
        public const string Edit = Default + ".Edit";
    }

    public static class AuditLogs
    {
        public const string Default = Prefix + ".AuditLogs";
    }

    public static class Workflows
    {
        public const string Default = Prefix + ".Workflows";
        public const string Edit = Default + ".Edit";
        public const string Publish = Default + ".Publish";
        public const string Instances = Default + ".Instances";
        public const string ManageInstances = Default + ".Instances.Manage";
        public const string RaiseEvents = Default + ".Events";
    }

    public static class Knowledge
    {
        public const string Default = Prefix + ".Knowledge";
        public const string Edit = Default + ".Edit";
        public const string Publish = Default + ".Publish";
    }

    public static class Calls
    {
        public const string Default = Prefix + ".Calls";
        public const string Recordings = Default + ".Recordings";
        public const string Callbacks = Default + ".Callbacks";
    }

    public static class Interruptions
    {
        public const string Default = Prefix + ".Interruptions";
        public const string Edit = Default + ".Edit";
    }

    public static class Prompts
    {
        public const string Default = Prefix + ".Prompts";
        public const string Edit = Default + ".Edit";
    }

    public static class Contacts
    {
        public const string Default = Prefix + ".Contacts";
        public const string Create = Default + ".Create";
        /// <summary>Edit the disposition tree (归档树).</summary>
        public const string ManageCategories = Default + ".ManageCategories";
    }

    public static class WorkOrders
    {
        public const string Default = Prefix + ".WorkOrders";
        public const string Create = Default + ".Create";
        /// <summary>Route orders to any station, cancel, link mass incidents.</summary>
        public const string Dispatch = Default + ".Dispatch";
        /// <summary>Assign a technician (a station dispatcher within their station).</summary>
        public const string Assign = Default + ".Assign";
        /// <summary>The technician's actions on their own jobs.</summary>
        public const string Work = Default + ".Work";
        /// <summary>Record the revisit call, close, reopen.</summary>
        public const string Revisit = Default + ".Revisit";
        /// <summary>The supervision list (督办): add and close items.</summary>
        public const string Supervise = Default + ".Supervise";
        /// <summary>SLA policies and the business calendar.</summary>
        public const string ManageSla = Default + ".ManageSla";
    }

    public static class Complaints
    {
        public const string Default = Prefix + ".Complaints";
        public const string Escalate = Default + ".Escalate";
    }

    public static class Notifications
    {
        public const string Default = Prefix + ".Notifications";
        /// <summary>Every outgoing message and its delivery state.</summary>
        public const string Outbox = Default + ".Outbox";
    }

    /// <summary>The ACD (ADR 0600): queues (技能组), agents' extensions and skills, the agent desktop.</summary>
    public static class Acd
    {
        /// <summary>See queues and agents' configuration.</summary>
        public const string Default = Prefix + ".Acd";
        public const string ManageQueues = Default + ".ManageQueues";
        /// <summary>Extensions, SIP passwords and skills of agents.</summary>
        public const string ManageAgents = Default + ".ManageAgents";
        /// <summary>Use the agent desktop (坐席工作台): log in to queues, take queued calls.</summary>
        public const string Desk = Default + ".Desk";
    }

    /// <summary>All permission names, in display order; the roles page and the seed read this.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(CallCenterPermissions)
        .GetNestedTypes()
        .SelectMany(t => t.GetFields())
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The group a permission belongs to, e.g. "CallCenter.Customers" for "CallCenter.Customers.Edit".</summary>
    public static string GroupOf(string permission)
    {
        var parts = permission.Split('.');
        return parts.Length >= 2 ? parts[0] + "." + parts[1] : permission;
    }
}
