import type { QueuedAction, QueueStore } from './types';

/** A store that forgets on reload: for tests, and the fallback where IndexedDB is unavailable. */
export class MemoryQueueStore implements QueueStore {
  private readonly items = new Map<string, QueuedAction>();

  async all(): Promise<QueuedAction[]> {
    return [...this.items.values()].map((a) => ({ ...a }));
  }

  async put(action: QueuedAction): Promise<void> {
    this.items.set(action.key, { ...action });
  }

  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }
}
