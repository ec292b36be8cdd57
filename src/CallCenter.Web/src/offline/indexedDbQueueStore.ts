import type { QueuedAction, QueueStore } from './types';

const dbName = 'callcenter-offline';
const storeName = 'actions';

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * IndexedDB rather than localStorage: it survives a reload or a closed tab like localStorage does, and it also
 * keeps Blobs, so a photo taken in a cellar without signal waits on the phone until the connection returns.
 */
export class IndexedDbQueueStore implements QueueStore {
  private db: Promise<IDBDatabase> | null = null;

  static isAvailable(): boolean {
    return typeof indexedDB !== 'undefined';
  }

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName, 1);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(storeName)) {
            request.result.createObjectStore(storeName, { keyPath: 'key' });
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      this.db.catch(() => (this.db = null));
    }
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    const db = await this.open();
    return db.transaction(storeName, mode).objectStore(storeName);
  }

  async all(): Promise<QueuedAction[]> {
    return promisify((await this.store('readonly')).getAll() as IDBRequest<QueuedAction[]>);
  }

  async put(action: QueuedAction): Promise<void> {
    await promisify((await this.store('readwrite')).put(action));
  }

  async remove(key: string): Promise<void> {
    await promisify((await this.store('readwrite')).delete(key));
  }
}
