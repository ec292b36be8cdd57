import { api, request } from './client';
import { Permissions } from './generated/permissions';
import type { PagedResult } from './types';

// Mirrors src/CallCenter.Application.Contracts/WorkOrders (JSON camelCase, enums as strings, dates ISO UTC).

export const WorkOrderPermissions = Permissions.WorkOrders;

export type WorkOrderStatus =
  | 'Created'
  | 'DispatchedToStation'
  | 'Assigned'
  | 'Accepted'
  | 'EnRoute'
  | 'OnSite'
  | 'Resolved'
  | 'Revisited'
  | 'Closed'
  | 'Reopened'
  | 'Cancelled';
export const workOrderStatuses: WorkOrderStatus[] = [
  'Created',
  'DispatchedToStation',
  'Assigned',
  'Accepted',
  'EnRoute',
  'OnSite',
  'Resolved',
  'Revisited',
  'Closed',
  'Reopened',
  'Cancelled',
];
/** Still someone's job: the technician's "open" tab. */
export const openStatuses: WorkOrderStatus[] = ['Created', 'DispatchedToStation', 'Assigned', 'Accepted', 'EnRoute', 'OnSite', 'Reopened'];
/** Orders a dispatcher may (re)assign. */
export const assignableStatuses: WorkOrderStatus[] = ['DispatchedToStation', 'Assigned', 'Accepted', 'EnRoute', 'Reopened'];

export type WorkOrderType = 'Repair' | 'Complaint';
export const workOrderTypes: WorkOrderType[] = ['Repair', 'Complaint'];
export type WorkOrderPriority = 'Low' | 'Normal' | 'High' | 'Urgent';
export const workOrderPriorities: WorkOrderPriority[] = ['Urgent', 'High', 'Normal', 'Low'];
export type Urgency = 'Low' | 'Medium' | 'High';
export const urgencies: Urgency[] = ['High', 'Medium', 'Low'];
export type Impact = 'Household' | 'Building' | 'Area';
export const impacts: Impact[] = ['Household', 'Building', 'Area'];
export type ComplaintLevel = string;
export type WorkOrderTrigger = string;

export type SlaStateName = 'None' | 'Ok' | 'Warning' | 'Breached' | 'Paused' | 'Met';

export interface SlaInfo {
  state: SlaStateName;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
  currentDueAt: string | null;
  percentUsed: number | null;
  warningPercent: number;
  roundTheClock: boolean;
  paused: boolean;
  pausedSince: string | null;
}

export interface WorkOrderListItem {
  id: string;
  number: string;
  type: WorkOrderType;
  status: WorkOrderStatus;
  priority: WorkOrderPriority;
  categoryId: string;
  categoryCode: string;
  categoryPath: string;
  householdId: string | null;
  householdName: string | null;
  address: string | null;
  callerNumber: string | null;
  stationId: string | null;
  stationName: string | null;
  assignedTechnicianId: string | null;
  assignedTechnicianName: string | null;
  faultSymptom: string | null;
  creationTime: string;
  sla: SlaInfo;
  parentId: string | null;
  parentNumber: string | null;
  childCount: number;
  complaintLevel: ComplaintLevel | null;
  escalationLevel: number;
}

export interface WorkOrderTransition {
  id: string;
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  trigger: WorkOrderTrigger;
  reason: string | null;
  userId: string | null;
  userName: string | null;
  time: string;
  /** The person's name (周师傅) of userName (tech1); null for the system. */
  userDisplayName?: string | null;
}

export interface WorkOrderPart {
  name: string;
  quantity: number;
  unit: string | null;
}

export interface WorkOrderPhoto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  uploadedAt: string;
  uploadedBy: string | null;
  url: string;
}

export interface WorkOrderChild {
  id: string;
  number: string;
  status: WorkOrderStatus;
  householdId: string | null;
  householdName: string | null;
  address: string | null;
}

export interface ComplaintEscalation {
  id: string;
  fromLevel: ComplaintLevel | null;
  toLevel: ComplaintLevel;
  escalationLevel: number;
  reason: string;
  time: string;
  userName: string | null;
  dueAt: string | null;
  userDisplayName?: string | null;
}

/** Who did it, as people know them: the display name, else the system (never a bare user name like tech1). */
export function actorName(entry: { userName: string | null; userDisplayName?: string | null }, system: string): string {
  return entry.userDisplayName || (entry.userName && entry.userName !== 'system' ? entry.userName : system);
}

export interface WorkOrder extends Omit<WorkOrderListItem, 'childCount'> {
  urgency: Urgency;
  impact: Impact;
  accountNumber: string | null;
  contactName: string | null;
  contactId: string | null;
  reportedIndoorTempC: number | null;
  measuredIndoorTempC: number | null;
  description: string | null;
  resolutionNotes: string | null;
  cancelReason: string | null;
  arrivalLatitude: number | null;
  arrivalLongitude: number | null;
  acceptedAt: string | null;
  arrivedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  customerSatisfied: boolean | null;
  hasSignature: boolean;
  workflowInstanceId: string | null;
  allowedTriggers: WorkOrderTrigger[];
  parts: WorkOrderPart[];
  photos: WorkOrderPhoto[];
  transitions: WorkOrderTransition[];
  children: WorkOrderChild[];
  escalations: ComplaintEscalation[];
  concurrencyStamp: string;
}

export interface WorkOrderQuery {
  filter?: string;
  stationId?: string;
  /** Comma-separated. */
  statuses?: string;
  open?: boolean;
  priority?: WorkOrderPriority;
  type?: WorkOrderType;
  technicianId?: string;
  householdId?: string;
  categoryId?: string;
  breached?: boolean;
  parentId?: string;
  massIncidents?: boolean;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export interface TechnicianWorkload {
  userId: string;
  userName: string;
  displayName: string;
  stationId: string | null;
  stationName: string | null;
  openJobs: number;
  acceptedJobs: number;
}

export interface MassIncidentCandidate {
  id: string;
  number: string;
  status: WorkOrderStatus;
  categoryPath: string;
  address: string | null;
  stationName: string | null;
  creationTime: string;
  childCount: number;
  sameBuilding: boolean;
}

export interface CreateWorkOrderInput {
  type: WorkOrderType;
  categoryId: string;
  householdId?: string | null;
  callerNumber?: string | null;
  contactName?: string | null;
  faultSymptom?: string | null;
  reportedIndoorTempC?: number | null;
  description?: string | null;
  urgency?: Urgency | null;
  impact?: Impact;
  location?: string | null;
  stationId?: string | null;
  parentWorkOrderId?: string | null;
  autoDispatch?: boolean;
}

export interface BulkAssignResult {
  assigned: string[];
  failed: { workOrderId: string; code: string; message: string }[];
}

export type SupervisionStatus = 'Open' | 'Responded' | 'Closed';
export type SupervisionKind = 'ResponseOverdue' | 'ResolutionOverdue' | 'ComplaintOverdue' | 'Manual';

export interface SupervisionItem {
  id: string;
  workOrderId: string;
  workOrderNumber: string;
  workOrderType: WorkOrderType;
  workOrderStatus: WorkOrderStatus;
  priority: WorkOrderPriority;
  kind: SupervisionKind;
  reason: string;
  ownerStationId: string | null;
  ownerStationName: string | null;
  ownerName: string | null;
  responseRequired: string;
  responseDueAt: string | null;
  status: SupervisionStatus;
  response: string | null;
  respondedAt: string | null;
  respondedBy: string | null;
  escalationLevel: number;
  creationTime: string;
}

const base = '/api/work-orders';

export const workOrderApi = {
  list: (query: WorkOrderQuery) => api.get<PagedResult<WorkOrderListItem>>(base, { ...query }),
  get: (id: string) => api.get<WorkOrder>(`${base}/${id}`),
  create: (input: CreateWorkOrderInput) => api.post<WorkOrder>(base, input),
  candidates: (categoryId: string, householdId?: string | null, stationId?: string | null) =>
    api.get<MassIncidentCandidate[]>(`${base}/mass-incident-candidates`, { categoryId, householdId, stationId }),
  technicians: (stationId?: string | null) => api.get<TechnicianWorkload[]>(`${base}/technicians`, { stationId }),
  dispatch: (id: string, stationId?: string | null) => api.post<WorkOrder>(`${base}/${id}/dispatch`, { stationId }),
  assign: (id: string, technicianId: string, note?: string) => api.post<WorkOrder>(`${base}/${id}/assign`, { technicianId, note }),
  bulkAssign: (workOrderIds: string[], technicianId: string) =>
    api.post<BulkAssignResult>(`${base}/bulk-assign`, { workOrderIds, technicianId }),
  cancel: (id: string, reason: string) => api.post<WorkOrder>(`${base}/${id}/cancel`, { reason }),
  linkParent: (id: string, parentWorkOrderId: string) => api.post<WorkOrder>(`${base}/${id}/link-parent`, { parentWorkOrderId }),
  close: (id: string) => api.post<WorkOrder>(`${base}/${id}/close`),
};

export const supervisionApi = {
  list: (query: { status?: SupervisionStatus; stationId?: string; page?: number; pageSize?: number }) =>
    api.get<PagedResult<SupervisionItem>>('/api/supervision', { ...query }),
  respond: (id: string, response: string) => api.post<SupervisionItem>(`/api/supervision/${id}/respond`, { response }),
  close: (id: string) => api.post<SupervisionItem>(`/api/supervision/${id}/close`),
};

/** The technician's actions (TechnicianAction on the server). */
export type TechnicianActionName =
  | 'Accept'
  | 'Decline'
  | 'StartTravel'
  | 'Arrive'
  | 'RecordTemperature'
  | 'RecordParts'
  | 'AddNote'
  | 'PauseForCustomer'
  | 'ResumeFromCustomer'
  | 'Resolve';

/** What the offline queue stores as an action's kind: a server action, or one of the two uploads. */
export type TechnicianQueueKind = TechnicianActionName | 'Photo' | 'Signature';

// The technician's routes live under the work orders: /mine and /{id}/actions|photos|signature.
const jobs = base;

/** The stored signature image (PNG). */
export const signatureUrl = (workOrderId: string) => `${base}/${workOrderId}/signature`;

export const technicianApi = {
  mine: (includeDone = false) => api.get<PagedResult<WorkOrderListItem>>(`${jobs}/mine`, { includeDone }),
};

/**
 * Sends one queued technician action with the idempotency key it got when it was taken. takenAt tells the server
 * when it happened on the phone, which may be long before it arrives from the offline queue.
 */
export interface TechnicianActionResult {
  workOrder: WorkOrder;
  replayed: boolean;
}

/** What the server answers: the order after the action, or for a photo the stored photo. */
export type TechnicianSendResult = TechnicianActionResult | WorkOrderPhoto;

export function sendTechnicianAction(
  workOrderId: string,
  kind: TechnicianQueueKind,
  idempotencyKey: string,
  body: Record<string, unknown> | undefined,
  takenAt: string,
  file?: { field: string; name: string; blob: Blob },
): Promise<TechnicianSendResult> {
  // A request that hangs on a dying connection must not hold the queue forever.
  const signal = AbortSignal.timeout(30_000);
  const headers = { 'Idempotency-Key': idempotencyKey };
  if (kind === 'Photo') {
    const form = new FormData();
    form.append('file', file!.blob, file!.name);
    form.append('idempotencyKey', idempotencyKey);
    return request('POST', `${jobs}/${workOrderId}/photos`, { body: form, headers, signal });
  }
  if (kind === 'Signature') {
    return request('POST', `${jobs}/${workOrderId}/signature`, { body: { idempotencyKey, ...body }, headers, signal });
  }
  return request('POST', `${jobs}/${workOrderId}/actions`, {
    body: { ...body, idempotencyKey, action: kind, takenAt },
    headers,
    signal,
  });
}
