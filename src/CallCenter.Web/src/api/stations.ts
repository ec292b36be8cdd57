// Heat-exchange stations and the departments and teams above them.
import { api } from './client';
import type { CreateUpdateStation, Department, Station } from './types';

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
