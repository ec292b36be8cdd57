import { newIdempotencyKey } from './idempotencyKey';
import type { ActionSender, QueuedAction, QueueStore } from './types';

export type NewAction = Omit<QueuedAction, 'key' | 'createdAt' | 'seq' | 'attempts' | 'lastError'> & { key?: string };

export interface FlushResult {
  sent: QueuedAction[];
  rejected: { action: QueuedAction; error: string }[];
  /** Still waiting (the network is gone, or the server answered 5xx). */
  remaining: number;
}

export type QueueListener = (event: { type: 'changed' } | { type: 'rejected'; action: QueuedAction; error: string }) => void;

/**
 * Every technician action goes through this queue, online or not: it is stored first, then sent in order.
 * An action that cannot reach the server stays, with its idempotency key, and goes out again on the next flush
 * (when the browser is back online, on a timer, on the next page load), so it is applied exactly once.
 */
export class ActionQueue {
  private flushing: Promise<FlushResult> | null = null;
  private nextFlush: Promise<FlushResult> | null = null;
  private readonly listeners = new Set<QueueListener>();

  constructor(
    private readonly store: QueueStore,
    private readonly sender: ActionSender,
    private readonly now: () => Date = () => new Date(),
  ) {}

  subscribe(listener: QueueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: Parameters<QueueListener>[0]) {
    for (const listener of this.listeners) listener(event);
  }

  async enqueue(input: NewAction): Promise<QueuedAction> {
    const existing = await this.store.all();
    const action: QueuedAction = {
      ...input,
      key: input.key ?? newIdempotencyKey(),
      createdAt: this.now().toISOString(),
      seq: existing.reduce((max, a) => Math.max(max, a.seq), 0) + 1,
      attempts: 0,
    };
    await this.store.put(action);
    this.emit({ type: 'changed' });
    return action;
  }

  /** The owner's waiting actions, oldest first. */
  async pending(owner: string): Promise<QueuedAction[]> {
    return (await this.store.all()).filter((a) => a.owner === owner).sort((a, b) => a.seq - b.seq);
  }

  /**
   * Sends the owner's actions in order. One flush at a time: a call while one runs waits for it and then runs
   * once more, so an action queued meanwhile is not left behind and no action is sent twice at once.
   */
  flush(owner: string): Promise<FlushResult> {
    if (this.flushing) {
      // Callers arriving during a flush share the one that follows it.
      this.nextFlush ??= this.flushing.then(() => {
        this.nextFlush = null;
        return this.flush(owner);
      });
      return this.nextFlush;
    }
    this.flushing = this.runFlush(owner).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async runFlush(owner: string): Promise<FlushResult> {
    const result: FlushResult = { sent: [], rejected: [], remaining: 0 };
    const actions = await this.pending(owner);
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      let outcome;
      try {
        outcome = await this.sender(action);
      } catch (error) {
        outcome = { kind: 'retry' as const, error: error instanceof Error ? error.message : String(error) };
      }
      if (outcome.kind === 'retry') {
        await this.store.put({ ...action, attempts: action.attempts + 1, lastError: outcome.error });
        result.remaining = actions.length - i;
        break;
      }
      await this.store.remove(action.key);
      if (outcome.kind === 'done') result.sent.push(action);
      else {
        result.rejected.push({ action, error: outcome.error });
        this.emit({ type: 'rejected', action, error: outcome.error });
      }
    }
    this.emit({ type: 'changed' });
    return result;
  }
}
