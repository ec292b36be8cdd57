import { api } from './client';
import type {
  AuditLog,
  CompanySettings,
  CreateUpdateHousehold,
  CreateUpdateStation,
  CreateUser,
  CurrentUser,
  Department,
  Household,
  HouseholdImportResult,
  HouseholdListItem,
  PagedResult,
  PermissionGroup,
  Role,
  Station,
  UpdateUser,
  User,
} from './types';

export interface HouseholdQuery {
  filter?: string;
  stationId?: string;
  status?: string;
  needsCare?: boolean;
  page: number;
  pageSize: number;
  sort?: string;
}

export interface UserQuery {
  filter?: string;
  role?: string;
  stationId?: string;
  page: number;
  pageSize: number;
}

export interface AuditLogQuery {
  entityType?: string;
  entityId?: string;
  userName?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const accountApi = {
  login: (userName: string, password: string) =>
    api.post<CurrentUser>('/api/account/login', { userName, password }, { skipUnauthorizedHandler: true }),
  logout: () => api.post<void>('/api/account/logout'),
  me: () => api.get<CurrentUser>('/api/account/me'),
};

export const settingsApi = {
  company: () => api.get<CompanySettings>('/api/settings/company'),
};

export const householdApi = {
  list: (q: HouseholdQuery) => api.get<PagedResult<HouseholdListItem>>('/api/households', { ...q }),
  get: (id: string) => api.get<Household>(`/api/households/${id}`),
  create: (body: CreateUpdateHousehold) => api.post<Household>('/api/households', body),
  update: (id: string, body: CreateUpdateHousehold) => api.put<Household>(`/api/households/${id}`, body),
  remove: (id: string) => api.delete(`/api/households/${id}`),
  history: (id: string) => api.get<AuditLog[]>(`/api/households/${id}/history`),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<HouseholdImportResult>('/api/households/import', form);
  },
  templateUrl: '/api/households/import/template',
};

export const stationApi = {
  list: () => api.get<Station[]>('/api/stations'),
  get: (id: string) => api.get<Station>(`/api/stations/${id}`),
  create: (body: CreateUpdateStation) => api.post<Station>('/api/stations', body),
  update: (id: string, body: CreateUpdateStation) => api.put<Station>(`/api/stations/${id}`, body),
  remove: (id: string) => api.delete(`/api/stations/${id}`),
};

export const departmentApi = {
  list: () => api.get<Department[]>('/api/departments'),
};

export const userApi = {
  list: (q: UserQuery) => api.get<PagedResult<User>>('/api/users', { ...q }),
  create: (body: CreateUser) => api.post<User>('/api/users', body),
  update: (id: string, body: UpdateUser) => api.put<User>(`/api/users/${id}`, body),
  unlock: (id: string) => api.post<void>(`/api/users/${id}/unlock`),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/api/users/${id}/reset-password`, { newPassword }),
};

export const roleApi = {
  list: () => api.get<Role[]>('/api/roles'),
  updatePermissions: (name: string, grantedPermissions: string[]) =>
    api.put<void>(`/api/roles/${encodeURIComponent(name)}/permissions`, { grantedPermissions }),
  permissions: () => api.get<PermissionGroup[]>('/api/permissions'),
};

export const auditApi = {
  list: (q: AuditLogQuery) => api.get<PagedResult<AuditLog>>('/api/audit-logs', { ...q }),
};
