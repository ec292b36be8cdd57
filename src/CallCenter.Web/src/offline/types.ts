/** A file travelling with an action (a photo, the signature); IndexedDB keeps the Blob itself. */
export interface QueuedFile {
  field: string;
  name: string;
  blob: Blob;
}

/**
 * One technician action waiting to reach the server. The key is made once, when the technician acts, and is
 * sent with every attempt: the server applies a key at most once, so a retry after a lost answer is harmless.
 */
export interface QueuedAction {
  key: string;
  /** Who queued it: another user signing in on the same phone must not send it in their name. */
  owner: string;
  workOrderId: string;
  /** What to do, e.g. "accept", "temperature", "photo"; the sender maps it to a route. */
  kind: string;
  body?: unknown;
  file?: QueuedFile;
  /** A short human description for the pending list ("室温 17.5 °C"). */
  label?: string;
  createdAt: string;
  /** Send order: actions on one job must arrive in the order they were taken (accept before en route). */
  seq: number;
  attempts: number;
  lastError?: string;
}

/** Where queued actions live between page loads. */
export interface QueueStore {
  all(): Promise<QueuedAction[]>;
  put(action: QueuedAction): Promise<void>;
  remove(key: string): Promise<void>;
}

/** How one attempt ended, as the queue needs to know it. */
export type SendOutcome =
  /** Applied (or already applied under this key): drop it. */
  | { kind: 'done' }
  /** Not reached or the server is in trouble: keep it and stop, later actions depend on this one. */
  | { kind: 'retry'; error: string }
  /** The server refused it for good (illegal transition, bad input): drop it and tell the technician. */
  | { kind: 'rejected'; error: string };

export type ActionSender = (action: QueuedAction) => Promise<SendOutcome>;
