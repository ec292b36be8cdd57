// Sign-in, the current user and the company settings.
import { api } from './client';
import type { CompanySettings, CurrentUser } from './types';

export const accountApi = {
  login: (userName: string, password: string) =>
    api.post<CurrentUser>('/api/account/login', { userName, password }, { skipUnauthorizedHandler: true }),
  logout: () => api.post<void>('/api/account/logout'),
  me: () => api.get<CurrentUser>('/api/account/me'),
};

export const settingsApi = {
  company: () => api.get<CompanySettings>('/api/settings/company'),
};
