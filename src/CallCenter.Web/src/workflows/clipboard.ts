// Copy/paste of canvas nodes, also between workflows: the clipboard is the browser's localStorage (one origin, every
// tab and every workflow), holding activities and the connections among them.
import type { ActivityNode, Connection } from '../api/workflows';
import { newActivityId, positionOf } from './graph';

export const clipboardKey = 'callcenter.workflows.clipboard';

export interface ClipboardContent {
  kind: 'callcenter-workflow-nodes';
  activities: ActivityNode[];
  connections: Connection[];
}

export function copySelection(activities: ActivityNode[], connections: Connection[], storage: Storage = localStorage): ClipboardContent {
  const ids = new Set(activities.map((a) => a.id));
  const content: ClipboardContent = {
    kind: 'callcenter-workflow-nodes',
    activities,
    connections: connections.filter((c) => ids.has(c.source.activity) && ids.has(c.target.activity)),
  };
  storage.setItem(clipboardKey, JSON.stringify(content));
  return content;
}

export function readClipboard(storage: Storage = localStorage): ClipboardContent | null {
  try {
    const parsed = JSON.parse(storage.getItem(clipboardKey) ?? 'null') as ClipboardContent | null;
    return parsed?.kind === 'callcenter-workflow-nodes' && Array.isArray(parsed.activities) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The clipboard's activities made ready for a canvas: ids that clash get fresh ones (connections follow), and every
 * node moves by the offset so a paste into the same workflow does not hide the original.
 */
export function preparePaste(content: ClipboardContent, takenIds: Iterable<string>, offset = { x: 40, y: 40 }) {
  const taken = new Set(takenIds);
  const rename = new Map<string, string>();
  const activities = content.activities.map((a) => {
    const id = taken.has(a.id) ? newActivityId(a.type, taken) : a.id;
    taken.add(id);
    rename.set(a.id, id);
    const p = positionOf(a) ?? { x: 0, y: 0 };
    const designer = { ...((a.metadata?.designer as object | undefined) ?? {}), position: { x: p.x + offset.x, y: p.y + offset.y } };
    return { ...structuredClone(a), id, metadata: { ...(a.metadata ?? {}), designer } } as ActivityNode;
  });
  const connections = content.connections.map((c) => ({
    source: { ...c.source, activity: rename.get(c.source.activity)! },
    target: { ...c.target, activity: rename.get(c.target.activity)! },
  }));
  return { activities, connections };
}
