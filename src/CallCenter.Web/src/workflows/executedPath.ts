// What the instance viewer paints: each node's run status and the connections the run went through, from the journal.
import type { Connection, InstanceState, JournalEntry } from '../api/workflows';
import { edgeId } from './graph';

export type RunStatus = 'completed' | 'waiting' | 'faulted' | 'current';

export interface ExecutedPath {
  nodes: Record<string, RunStatus>;
  /** Edge ids (see edgeId) taken by the run. */
  edges: Set<string>;
  /** How many times each node completed (a loop shows ×n). */
  counts: Record<string, number>;
}

export function executedPath(journal: JournalEntry[], connections: Connection[], state: InstanceState | null): ExecutedPath {
  const nodes: Record<string, RunStatus> = {};
  const counts: Record<string, number> = {};
  const outcomes = new Map<string, Set<string>>();
  const reached = new Set<string>();
  for (const entry of journal) {
    const id = entry.activityId;
    if (!id) continue;
    reached.add(id);
    if (entry.kind === 'Completed') {
      nodes[id] = 'completed';
      counts[id] = (counts[id] ?? 0) + 1;
      const set = outcomes.get(id) ?? new Set<string>();
      for (const o of (entry.outcomes ?? '').split(',').map((s) => s.trim()).filter(Boolean)) set.add(o);
      outcomes.set(id, set);
    } else if (entry.kind === 'Faulted') nodes[id] = 'faulted';
    else if (entry.kind === 'Suspended') nodes[id] = 'waiting';
    else if (!nodes[id]) nodes[id] = 'current';
  }
  // The state is newer than any journal line for what still waits or faulted.
  for (const b of state?.bookmarks ?? []) nodes[b.activityId] = 'waiting';
  for (const i of state?.incidents ?? []) if (!i.resolved) nodes[i.activityId] = 'faulted';
  const edges = new Set<string>();
  for (const c of connections) {
    const port = c.source.port ?? 'Done';
    if (outcomes.get(c.source.activity)?.has(port) && reached.has(c.target.activity)) edges.add(edgeId(c));
  }
  return { nodes, edges, counts };
}
