import { api } from './client';
import { Permissions } from './generated/permissions';
import type { PagedResult } from './types';

// Mirrors src/CallCenter.Application.Contracts/Notifications (JSON camelCase, enums as strings, dates ISO UTC).

export const NotificationPermissions = Permissions.Notifications;

export type NotificationChannel = 'InApp' | 'Sms';
export const notificationChannels: NotificationChannel[] = ['InApp', 'Sms'];
export type NotificationStatus = 'Pending' | 'Sent' | 'Failed';
export const notificationStatuses: NotificationStatus[] = ['Pending', 'Sent', 'Failed'];

export interface Notification {
  id: string;
  channel: NotificationChannel;
  recipientUserId: string | null;
  recipientName: string | null;
  recipientPhone: string | null;
  title: string;
  body: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  creationTime: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
  readAt: string | null;
  workOrderId: string | null;
  workOrderNumber: string | null;
}

export interface OutboxQuery {
  status?: NotificationStatus;
  channel?: NotificationChannel;
  workOrderId?: string;
  page?: number;
  pageSize?: number;
}

export const notificationApi = {
  outbox: (query: OutboxQuery) => api.get<PagedResult<Notification>>('/api/notifications/outbox', { ...query }),
  retry: (id: string) => api.post<Notification>(`/api/notifications/${id}/retry`),
};
