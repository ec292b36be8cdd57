import { api } from './client';
import { Permissions } from './generated/permissions';
import type { PagedResult } from './types';
import type { CreateWorkOrderInput, Urgency, WorkOrderType } from './workorders';

// Mirrors src/CallCenter.Application.Contracts/Contacts (JSON camelCase, enums as strings, dates ISO UTC).

export const ContactPermissions = Permissions.Contacts;

export type ContactChannel = 'Phone' | 'WalkIn' | 'Web' | 'Email' | 'Sms' | 'GovernmentHotline';
export const contactChannels: ContactChannel[] = ['Phone', 'WalkIn', 'Web', 'Email', 'Sms', 'GovernmentHotline'];

/** A node of the disposition tree (归档树), delivered flat and ordered by path. */
export interface DispositionNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  path: string;
  sortOrder: number;
  isActive: boolean;
  opensWorkOrderType: WorkOrderType | null;
  defaultUrgency: Urgency | null;
}

export interface DispositionNodeInput {
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  isActive: boolean;
  opensWorkOrderType: WorkOrderType | null;
  defaultUrgency: Urgency | null;
}

export interface Contact {
  id: string;
  number: string;
  time: string;
  channel: ContactChannel;
  householdId: string | null;
  householdName: string | null;
  accountNumber: string | null;
  callerNumber: string | null;
  categoryId: string;
  categoryCode: string;
  categoryPath: string;
  agentId: string | null;
  agentName: string | null;
  notes: string | null;
  resolvedOnFirstContact: boolean;
  callId: string | null;
  workOrderId: string | null;
  workOrderNumber: string | null;
}

export interface CreateContactInput {
  channel: ContactChannel;
  householdId?: string | null;
  callerNumber?: string | null;
  categoryId: string;
  notes?: string | null;
  resolvedOnFirstContact: boolean;
  callId?: string | null;
  workOrder?: CreateWorkOrderInput | null;
}

export const contactApi = {
  list: (query: { householdId?: string; callerNumber?: string; page?: number; pageSize?: number; sort?: string }) =>
    api.get<PagedResult<Contact>>('/api/contacts', { ...query }),
  create: (input: CreateContactInput) => api.post<Contact>('/api/contacts', input),
};

export const dispositionApi = {
  tree: (includeInactive = false) => api.get<DispositionNode[]>('/api/disposition-tree', { includeInactive }),
  create: (input: DispositionNodeInput) => api.post<DispositionNode>('/api/disposition-tree', input),
  update: (id: string, input: DispositionNodeInput) => api.put<DispositionNode>(`/api/disposition-tree/${id}`, input),
  remove: (id: string) => api.delete(`/api/disposition-tree/${id}`),
};
