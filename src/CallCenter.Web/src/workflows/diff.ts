// "Compare with published": which nodes were added, removed or changed (name, type, inputs), and which connections.
import type { ActivityNode, WorkflowDefinition } from '../api/workflows';
import { edgeId } from './graph';

export interface NodeChange {
  id: string;
  type: string;
  name?: string;
  /** Inputs whose value or syntax differ. */
  inputs: string[];
  renamed: boolean;
  retyped: boolean;
}

export interface DefinitionDiff {
  added: ActivityNode[];
  removed: ActivityNode[];
  changed: NodeChange[];
  addedConnections: string[];
  removedConnections: string[];
  /** Names of top-level settings that differ (name, description, variables, inputs, outputs, options). */
  settings: string[];
}

const stable = (v: unknown) => JSON.stringify(v ?? null);
// The server writes "syntax": "Literal" where the designer may leave it out; both mean the same input.
const input = (v: { syntax?: string; value?: unknown } | undefined) => (v ? stable({ syntax: v.syntax ?? 'Literal', value: v.value ?? null }) : 'null');

export function diffDefinitions(before: WorkflowDefinition, after: WorkflowDefinition): DefinitionDiff {
  const old = new Map(before.root.activities.map((a) => [a.id, a]));
  const now = new Map(after.root.activities.map((a) => [a.id, a]));
  const changed: NodeChange[] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) continue;
    const names = new Set([...Object.keys(a.inputs ?? {}), ...Object.keys(b.inputs ?? {})]);
    const inputs = [...names].filter((n) => input(a.inputs?.[n]) !== input(b.inputs?.[n])).sort();
    const renamed = (a.name ?? '') !== (b.name ?? '');
    const retyped = a.type !== b.type;
    if (inputs.length || renamed || retyped) changed.push({ id, type: a.type, name: a.name, inputs, renamed, retyped });
  }
  const oldEdges = new Set(before.root.connections.map(edgeId));
  const newEdges = new Set(after.root.connections.map(edgeId));
  const settings = (['name', 'description', 'variables', 'inputs', 'outputs', 'options'] as const).filter(
    (k) => stable(before[k]) !== stable(after[k]),
  );
  return {
    added: after.root.activities.filter((a) => !old.has(a.id)),
    removed: before.root.activities.filter((a) => !now.has(a.id)),
    changed,
    addedConnections: [...newEdges].filter((e) => !oldEdges.has(e)),
    removedConnections: [...oldEdges].filter((e) => !newEdges.has(e)),
    settings,
  };
}

export function isEmptyDiff(d: DefinitionDiff): boolean {
  return !d.added.length && !d.removed.length && !d.changed.length && !d.addedConnections.length && !d.removedConnections.length && !d.settings.length;
}
