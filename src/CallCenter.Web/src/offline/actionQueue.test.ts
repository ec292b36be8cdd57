import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { ActionQueue } from './actionQueue';
import { classifyError } from './classifyError';
import { MemoryQueueStore } from './memoryQueueStore';
import type { QueuedAction, SendOutcome } from './types';

/** A stand-in server that applies each idempotency key once, like the real one, and can be "unplugged". */
class FakeServer {
  online = true;
  applied: string[] = [];
  received: string[] = [];
  refuse = new Set<string>();
  /** Applies the action but the answer is lost on the way back (the worst case for a retry). */
  loseNextAnswer = false;

  send = async (action: QueuedAction): Promise<SendOutcome> => {
    if (!this.online) return classifyError(new TypeError('Failed to fetch'));
    this.received.push(action.key);
    if (this.refuse.has(action.kind)) {
      return classifyError(new ApiError(400, { status: 400, title: 'Illegal transition', detail: 'not allowed' }));
    }
    if (!this.applied.includes(action.key)) this.applied.push(action.key);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      return classifyError(new TypeError('network connection was lost'));
    }
    return { kind: 'done' };
  };
}

const owner = 'tech1';
const action = (kind: string) => ({ owner, workOrderId: 'wo-1', kind });

describe('offline action queue', () => {
  it('sends an action at once when online and forgets it', async () => {
    const server = new FakeServer();
    const queue = new ActionQueue(new MemoryQueueStore(), server.send);
    const queued = await queue.enqueue(action('accept'));
    const result = await queue.flush(owner);
    expect(result.sent.map((a) => a.key)).toEqual([queued.key]);
    expect(server.applied).toEqual([queued.key]);
    expect(await queue.pending(owner)).toEqual([]);
  });

  it('keeps offline actions in order and applies each exactly once when the network returns', async () => {
    const server = new FakeServer();
    server.online = false;
    const queue = new ActionQueue(new MemoryQueueStore(), server.send);
    const accept = await queue.enqueue(action('accept'));
    const enRoute = await queue.enqueue(action('enRoute'));

    const offline = await queue.flush(owner);
    expect(offline.sent).toEqual([]);
    expect(offline.remaining).toBe(2);
    const waiting = await queue.pending(owner);
    expect(waiting.map((a) => a.kind)).toEqual(['accept', 'enRoute']);
    expect(waiting[0].attempts).toBe(1);
    expect(waiting[0].lastError).toContain('Failed to fetch');

    // A second retry while still offline changes nothing but the attempt count.
    await queue.flush(owner);
    server.online = true;
    await queue.flush(owner);
    await queue.flush(owner);
    expect(server.applied).toEqual([accept.key, enRoute.key]);
    expect(await queue.pending(owner)).toEqual([]);
  });

  it('resends with the same key when the answer was lost, so the server applies it once', async () => {
    const server = new FakeServer();
    server.loseNextAnswer = true;
    const queue = new ActionQueue(new MemoryQueueStore(), server.send);
    const queued = await queue.enqueue(action('complete'));
    expect((await queue.flush(owner)).remaining).toBe(1);
    await queue.flush(owner);
    expect(server.received).toEqual([queued.key, queued.key]);
    expect(server.applied).toEqual([queued.key]);
  });

  it('drops an action the server refuses and reports it, then goes on with the next', async () => {
    const server = new FakeServer();
    server.refuse.add('decline');
    const queue = new ActionQueue(new MemoryQueueStore(), server.send);
    const rejectedEvents: string[] = [];
    queue.subscribe((e) => e.type === 'rejected' && rejectedEvents.push(e.action.kind));
    await queue.enqueue(action('decline'));
    const notes = await queue.enqueue(action('notes'));
    const result = await queue.flush(owner);
    expect(result.rejected.map((r) => r.action.kind)).toEqual(['decline']);
    expect(result.rejected[0].error).toBe('not allowed');
    expect(server.applied).toEqual([notes.key]);
    expect(rejectedEvents).toEqual(['decline']);
    expect(await queue.pending(owner)).toEqual([]);
  });

  it("never sends another user's actions", async () => {
    const server = new FakeServer();
    const queue = new ActionQueue(new MemoryQueueStore(), server.send);
    await queue.enqueue({ ...action('accept'), owner: 'tech2' });
    await queue.flush(owner);
    expect(server.received).toEqual([]);
    expect(await queue.pending('tech2')).toHaveLength(1);
  });

  it('never sends one action twice when flushes overlap', async () => {
    const server = new FakeServer();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (a: QueuedAction) => {
      await gate;
      return server.send(a);
    };
    const queue = new ActionQueue(new MemoryQueueStore(), slow);
    await queue.enqueue(action('accept'));
    const first = queue.flush(owner);
    const second = queue.flush(owner);
    const third = queue.flush(owner);
    release();
    await Promise.all([first, second, third]);
    expect(server.received).toHaveLength(1);
  });

  it('treats 5xx as passing trouble and 4xx as final', () => {
    expect(classifyError(new ApiError(503, { status: 503 })).kind).toBe('retry');
    expect(classifyError(new ApiError(401, { status: 401 })).kind).toBe('retry');
    expect(classifyError(new ApiError(409, { status: 409, detail: 'x' })).kind).toBe('rejected');
    expect(classifyError(new TypeError('Failed to fetch')).kind).toBe('retry');
  });
});
