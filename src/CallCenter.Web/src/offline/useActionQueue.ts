import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionQueue, NewAction } from './actionQueue';
import type { QueuedAction } from './types';

/** How often to try again while something waits and the browser has not announced it is back online. */
const retryEveryMs = 10_000;

export interface ActionQueueState {
  pending: QueuedAction[];
  online: boolean;
  /** Queue an action and try to send it right away. */
  submit: (action: Omit<NewAction, 'owner'>) => Promise<QueuedAction>;
  flush: () => void;
}

/**
 * Binds the queue to the page: sends on mount, when the browser comes back online, and on a timer while
 * anything waits; reports what is still waiting so the technician sees it.
 */
export function useActionQueue(
  queue: ActionQueue,
  owner: string | undefined,
  handlers: { onSent?: (actions: QueuedAction[]) => void; onRejected?: (action: QueuedAction, error: string) => void } = {},
): ActionQueueState {
  const [pending, setPending] = useState<QueuedAction[]>([]);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  // Handlers change on every render; reading them through a ref keeps the effects below from re-running.
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  const refresh = useCallback(async () => {
    if (owner) setPending(await queue.pending(owner));
  }, [queue, owner]);

  const flush = useCallback(() => {
    if (!owner) return;
    void queue.flush(owner).then((result) => {
      if (result.sent.length > 0) handlersRef.current.onSent?.(result.sent);
    });
  }, [queue, owner]);

  useEffect(() => {
    const unsubscribe = queue.subscribe((event) => {
      if (event.type === 'rejected') handlersRef.current.onRejected?.(event.action, event.error);
      void refresh();
    });
    void refresh();
    flush();
    return () => {
      unsubscribe();
    };
  }, [queue, refresh, flush]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [flush]);

  useEffect(() => {
    if (pending.length === 0) return;
    const timer = window.setInterval(flush, retryEveryMs);
    return () => window.clearInterval(timer);
  }, [pending.length, flush]);

  const submit = useCallback(
    async (action: Omit<NewAction, 'owner'>) => {
      if (!owner) throw new Error('not signed in');
      const queued = await queue.enqueue({ ...action, owner });
      flush();
      return queued;
    },
    [queue, owner, flush],
  );

  return { pending, online, submit, flush };
}
