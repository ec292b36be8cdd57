import { api } from './client';
import type { WorkOrderPriority, WorkOrderType } from './workorders';

// Mirrors src/CallCenter.Application.Contracts/Calendars/BusinessCalendarDtos.cs and WorkOrders/SlaPolicyDtos.cs.

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';
export const weekdays: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export type SpecialDayKind = 'Holiday' | 'WorkingDay';

/** Opening hours of one weekday, local time "HH:mm" ("24:00" ends the day); a day may have several. */
export interface WorkingHours {
  day: Weekday;
  start: string;
  end: string;
}

/** A public holiday (closed) or a weekend working day (调休; open with its own or Monday's hours). */
export interface SpecialDay {
  date: string;
  kind: SpecialDayKind;
  name: string;
  start?: string | null;
  end?: string | null;
}

export interface BusinessCalendar {
  id: string;
  name: string;
  timeZone: string;
  workingHours: WorkingHours[];
  specialDays: SpecialDay[];
  concurrencyStamp: string;
}

export interface BusinessCalendarInput {
  name: string;
  timeZone: string;
  workingHours: WorkingHours[];
  specialDays: SpecialDay[];
  concurrencyStamp?: string;
}

export interface BusinessHoursStatus {
  isOpen: boolean;
  at: string;
  nextChange: string | null;
  holidayName: string | null;
  timeZone: string;
}

export const calendarApi = {
  get: () => api.get<BusinessCalendar>('/api/business-calendar'),
  update: (input: BusinessCalendarInput) => api.put<BusinessCalendar>('/api/business-calendar', input),
  status: () => api.get<BusinessHoursStatus>('/api/business-calendar/status'),
};

export interface SlaPolicy {
  id: string;
  type: WorkOrderType;
  categoryId: string | null;
  categoryPath: string | null;
  priority: WorkOrderPriority;
  responseMinutes: number;
  resolutionMinutes: number;
  roundTheClock: boolean;
  warningPercent: number;
}

export type SlaPolicyInput = Omit<SlaPolicy, 'id' | 'categoryPath'>;

export const slaPolicyApi = {
  list: () => api.get<SlaPolicy[]>('/api/sla-policies'),
  create: (input: SlaPolicyInput) => api.post<SlaPolicy>('/api/sla-policies', input),
  update: (id: string, input: SlaPolicyInput) => api.put<SlaPolicy>(`/api/sla-policies/${id}`, input),
};
