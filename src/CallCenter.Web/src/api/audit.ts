// The audit log.
import { api } from './client';
import type { AuditLog, PagedResult } from './types';

export interface AuditLogQuery {
  entityType?: string;
  entityId?: string;
  userName?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  list: (q: AuditLogQuery) => api.get<PagedResult<AuditLog>>('/api/audit-logs', { ...q }),
};
