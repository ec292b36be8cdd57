// Users, roles and permission grants.
import { api } from './client';
import type { CreateUser, PagedResult, PermissionGroup, Role, UpdateUser, User } from './types';

export interface UserQuery {
  filter?: string;
  role?: string;
  stationId?: string;
  page: number;
  pageSize: number;
}

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
