import { sendTechnicianAction, type TechnicianQueueKind } from '../../api/workorders';
import { ActionQueue } from '../../offline/actionQueue';
import { classifyError } from '../../offline/classifyError';
import { IndexedDbQueueStore } from '../../offline/indexedDbQueueStore';
import { MemoryQueueStore } from '../../offline/memoryQueueStore';
import type { QueuedAction } from '../../offline/types';

async function send(action: QueuedAction) {
  try {
    await sendTechnicianAction(
      action.workOrderId,
      action.kind as TechnicianQueueKind,
      action.key,
      action.body as Record<string, unknown> | undefined,
      action.createdAt,
      action.file,
    );
    return { kind: 'done' as const };
  } catch (error) {
    return classifyError(error);
  }
}

/** One queue per browser tab, kept in IndexedDB so a reload or a closed tab loses nothing. */
export const technicianQueue = new ActionQueue(
  IndexedDbQueueStore.isAvailable() ? new IndexedDbQueueStore() : new MemoryQueueStore(),
  send,
);
