// Mirrors src/CallCenter.Application.Contracts (JSON camelCase, enums as strings, dates ISO UTC).

export type AccountStatus = 'Normal' | 'Arrears' | 'Suspended' | 'Closed';
export const accountStatuses: AccountStatus[] = ['Normal', 'Arrears', 'Suspended', 'Closed'];

export type HeatingType = 'Radiator' | 'FloorHeating';
export const heatingTypes: HeatingType[] = ['Radiator', 'FloorHeating'];

export type PhoneKind = 'Mobile' | 'Landline';

export type CareFlag =
  | 'ElderlyLivingAlone'
  | 'Disabled'
  | 'Infant'
  | 'SeriouslyIll'
  | 'LowIncome'
  | 'RepeatComplainant';
export const careFlagValues: CareFlag[] = [
  'ElderlyLivingAlone',
  'Disabled',
  'Infant',
  'SeriouslyIll',
  'LowIncome',
  'RepeatComplainant',
];
/** [Flags] enum on the wire: "None", "ElderlyLivingAlone, Infant" (or, defensively, its number). */
export type CareFlagsWire = string | number | null | undefined;

export type AuditAction = 'Created' | 'Updated' | 'Deleted';

export interface PagedResult<T> {
  items: T[];
  totalCount: number;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

export interface CurrentUser {
  id: string;
  userName: string;
  displayName: string;
  roles: string[];
  permissions: string[];
  stationId?: string | null;
  stationName?: string | null;
}

export interface Token {
  accessToken: string;
  expiresAt: string;
  tokenType: string;
}

export interface HouseholdPhone {
  number: string;
  display: string;
  kind: PhoneKind;
  isPrimary: boolean;
  extension?: string | null;
}

export interface Address {
  district: string;
  community: string;
  building?: string | null;
  unit?: string | null;
  room?: string | null;
  fullAddress?: string;
}

export interface HouseholdListItem {
  id: string;
  accountNumber: string;
  name: string;
  primaryPhone?: string | null;
  fullAddress: string;
  stationId?: string | null;
  stationName?: string | null;
  status: AccountStatus;
  careFlags: CareFlagsWire;
}

export interface Household {
  id: string;
  accountNumber: string;
  name: string;
  phones: HouseholdPhone[];
  address: Address;
  heatingAreaM2: number;
  stationId?: string | null;
  stationCode?: string | null;
  stationName?: string | null;
  stationSetExplicitly: boolean;
  heatingType: HeatingType;
  status: AccountStatus;
  careFlags: CareFlagsWire;
  notes?: string | null;
  creationTime: string;
  lastModificationTime?: string | null;
  concurrencyStamp: string;
}

export interface HouseholdPhoneInput {
  number: string;
  isPrimary: boolean;
}

export interface CreateUpdateHousehold {
  accountNumber: string;
  name: string;
  phones: HouseholdPhoneInput[];
  district: string;
  community: string;
  building?: string | null;
  unit?: string | null;
  room?: string | null;
  heatingAreaM2: number;
  stationId?: string | null;
  heatingType: HeatingType;
  status: AccountStatus;
  careFlags: string;
  notes?: string | null;
  concurrencyStamp?: string | null;
}

export interface ImportRowError {
  row: number;
  accountNumber?: string | null;
  field: string;
  message: string;
}

export interface HouseholdImportResult {
  totalRows: number;
  created: number;
  updated: number;
  failed: number;
  errors: ImportRowError[];
}

export interface Station {
  id: string;
  code: string;
  name: string;
  district: string;
  dispatchPhone?: string | null;
  communities: string[];
  departmentId?: string | null;
  departmentName?: string | null;
  isActive: boolean;
  householdCount: number;
  technicianCount: number;
}

export interface CreateUpdateStation {
  code: string;
  name: string;
  district: string;
  dispatchPhone?: string | null;
  communities: string[];
  departmentId?: string | null;
  isActive: boolean;
}

export interface Team {
  id: string;
  name: string;
  departmentId: string;
  stationId?: string | null;
  stationName?: string | null;
  memberCount: number;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  teams: Team[];
}

export interface User {
  id: string;
  userName: string;
  displayName: string;
  email?: string | null;
  phoneNumber?: string | null;
  roles: string[];
  stationId?: string | null;
  stationName?: string | null;
  teamId?: string | null;
  isActive: boolean;
  isLockedOut: boolean;
  lockoutEnd?: string | null;
  accessFailedCount: number;
}

export interface CreateUser {
  userName: string;
  displayName: string;
  password: string;
  email?: string | null;
  phoneNumber?: string | null;
  roles: string[];
  stationId?: string | null;
  teamId?: string | null;
}

export interface UpdateUser {
  displayName: string;
  email?: string | null;
  phoneNumber?: string | null;
  roles: string[];
  stationId?: string | null;
  teamId?: string | null;
  isActive: boolean;
}

export interface Role {
  id: string;
  name: string;
  displayName: string;
  isStationScoped: boolean;
  userCount: number;
  grantedPermissions: string[];
}

export interface Permission {
  name: string;
  displayName: string;
  parentName?: string | null;
}

export interface PermissionGroup {
  name: string;
  displayName: string;
  permissions: Permission[];
}

export interface AuditChange {
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
}

export interface AuditLog {
  id: string;
  time: string;
  userId?: string | null;
  userName?: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  changes: AuditChange[];
}

export interface CompanySettings {
  name: string;
  timeZone: string;
  defaultAreaCode: string;
  hotlineNumber: string;
}

export interface ScreenPopHousehold {
  id: string;
  accountNumber: string;
  name: string;
  fullAddress: string;
  stationName?: string | null;
  stationDispatchPhone?: string | null;
  status: AccountStatus;
  careFlags: CareFlagsWire;
  heatingAreaM2: number;
  heatingType: HeatingType;
}

export interface ScreenPop {
  callerNumber: string;
  normalizedNumber?: string | null;
  households: ScreenPopHousehold[];
  recentContacts: unknown[];
  openWorkOrders: unknown[];
}
