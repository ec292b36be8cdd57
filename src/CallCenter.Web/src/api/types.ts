// The DTOs are generated from the Host's OpenAPI document (generated/schema.ts); the names here are the web app's.
import type { components } from './generated/schema';

type Schemas = components['schemas'];

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

export type HouseholdPhone = Schemas['HouseholdPhoneDto'];

export type Address = Schemas['AddressDto'];

export type HouseholdListItem = Schemas['HouseholdListItemDto'];

export type Household = Schemas['HouseholdDto'];

export type HouseholdPhoneInput = Schemas['HouseholdPhoneInputDto'];

export type CreateUpdateHousehold = Schemas['CreateUpdateHouseholdDto'];

export type ImportRowError = Schemas['ImportRowErrorDto'];

export type HouseholdImportResult = Schemas['HouseholdImportResultDto'];

export type Station = Schemas['StationDto'];

export type CreateUpdateStation = Schemas['CreateUpdateStationDto'];

export type Team = Schemas['TeamDto'];

export type Department = Schemas['DepartmentDto'];

export type User = Schemas['UserDto'];

export type CreateUser = Schemas['CreateUserDto'];

export type UpdateUser = Schemas['UpdateUserDto'];

export type Role = Schemas['RoleDto'];

export type Permission = Schemas['PermissionDto'];

export type PermissionGroup = Schemas['PermissionGroupDto'];

export type AuditChange = Schemas['AuditChangeDto'];

export type AuditLog = Schemas['AuditLogDto'];

export type CompanySettings = Schemas['CompanySettingsDto'];

export type ScreenPop = Schemas['ScreenPopDto'];
