// The permission names of src/CallCenter.Application.Contracts/Permissions/CallCenterPermissions.cs.
export const Permissions = {
  Customers: {
    Default: 'CallCenter.Customers',
    Edit: 'CallCenter.Customers.Edit',
    Delete: 'CallCenter.Customers.Delete',
    Import: 'CallCenter.Customers.Import',
    ScreenPop: 'CallCenter.Customers.ScreenPop',
  },
  Stations: { Default: 'CallCenter.Stations', Edit: 'CallCenter.Stations.Edit' },
  Organization: { Default: 'CallCenter.Organization', Edit: 'CallCenter.Organization.Edit' },
  Users: { Default: 'CallCenter.Users', Edit: 'CallCenter.Users.Edit' },
  Roles: { Default: 'CallCenter.Roles', Edit: 'CallCenter.Roles.Edit' },
  AuditLogs: { Default: 'CallCenter.AuditLogs' },
  Workflows: { Default: 'CallCenter.Workflows' },
} as const;
