import { sendTechnicianAction, type TechnicianQueueKind, type TechnicianSendResult } from '../../api/workorders';
import { ActionQueue } from '../../offline/actionQueue';
import { classifyError } from '../../offline/classifyError';
import { IndexedDbQueueStore } from '../../offline/indexedDbQueueStore';
import { MemoryQueueStore } from '../../offline/memoryQueueStore';
import type { QueuedAction } from '../../offline/types';

type AppliedHandler = (action: QueuedAction, result: TechnicianSendResult) => void;
let onApplied: AppliedHandler | null = null;

/**
 * Called with the server's answer before the action leaves the queue, so the page can show the new state at
 * once instead of falling back to the old one until its next fetch.
 */
export function setAppliedHandler(handler: AppliedHandler | null) {
  onApplied = handler;
}

async function send(action: QueuedAction) {
  try {
    const result = await sendTechnicianAction(
      action.workOrderId,
      action.kind as TechnicianQueueKind,
      action.key,
      action.body as Record<string, unknown> | undefined,
      action.createdAt,
      action.file,
    );
    onApplied?.(action, result);
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
