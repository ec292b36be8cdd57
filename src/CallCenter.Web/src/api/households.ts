// Households: search, detail, edit, history, CSV import.
import { api } from './client';
import type { AuditLog, CreateUpdateHousehold, Household, HouseholdImportResult, HouseholdListItem, PagedResult, ScreenPop } from './types';

export interface HouseholdQuery {
  filter?: string;
  stationId?: string;
  status?: string;
  needsCare?: boolean;
  page: number;
  pageSize: number;
  sort?: string;
}

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
  /** The caller's households, recent contacts and open orders by the number they call from (the agent's screen pop). */
  screenPop: (phone: string) => api.get<ScreenPop>('/api/screen-pop', { phone }),
};
