import type { WorkOrderStatus } from '../../api/workorders';

/** Where each action leaves a job, so the page moves on while the action still waits for the network. */
const after: Partial<Record<string, WorkOrderStatus>> = {
  Accept: 'Accepted',
  // A declined job goes back to the station's queue and leaves the technician's list.
  Decline: 'DispatchedToStation',
  StartTravel: 'EnRoute',
  Arrive: 'OnSite',
  Resolve: 'Resolved',
};

/** The status the technician will see once the waiting actions are applied. */
export function projectedStatus(status: WorkOrderStatus, pendingKinds: string[]): WorkOrderStatus {
  return pendingKinds.reduce<WorkOrderStatus>((current, kind) => after[kind] ?? current, status);
}

/** The next step a technician sees for a job in this status. */
export type NextStep = 'acceptOrDecline' | 'enRoute' | 'arrive' | 'work' | 'done';

export function nextStep(status: WorkOrderStatus): NextStep {
  switch (status) {
    case 'Assigned':
      return 'acceptOrDecline';
    case 'Accepted':
      return 'enRoute';
    case 'EnRoute':
      return 'arrive';
    case 'OnSite':
      return 'work';
    default:
      return 'done';
  }
}
