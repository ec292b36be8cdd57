// What the agent asked for last on this browser: logged in (to which queues) or not. A reconnect — a dropped network,
// a restarted node (ADR 0600 D3: every agent starts LoggedOut) or a reloaded page — logs the agent in again from it,
// NotReady until they press 就绪. An explicit 注销 clears it. Kept per user, so a shared PC does not log the next
// person in.

export interface DeskIntent {
  loggedIn: boolean;
  queues: string[] | null;
}

const key = (agentId: string) => `callcenter.desk.${agentId}`;

export function readIntent(agentId: string): DeskIntent {
  try {
    const raw = localStorage.getItem(key(agentId));
    const parsed = raw ? (JSON.parse(raw) as Partial<DeskIntent>) : null;
    return { loggedIn: parsed?.loggedIn === true, queues: Array.isArray(parsed?.queues) ? parsed.queues : null };
  } catch {
    return { loggedIn: false, queues: null };
  }
}

export function writeIntent(agentId: string, intent: DeskIntent) {
  try {
    localStorage.setItem(key(agentId), JSON.stringify(intent));
  } catch {
    // Private mode: the intent lasts for this page only.
  }
}
