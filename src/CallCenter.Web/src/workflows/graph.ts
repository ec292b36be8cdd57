// Canvas graph ↔ workflow definition. The definition is the truth: a node carries its activity verbatim (unknown
// fields included), only metadata.designer.position is taken from the canvas, so definition → graph → definition is
// the identity for every definition that already stores positions.
import type { Edge, Node } from '@xyflow/react';
import type { ActivityDescriptor, ActivityNode, Connection, JsonValue, WorkflowDefinition } from '../api/workflows';
import { InPort } from './ports';

export interface ActivityNodeData extends Record<string, unknown> {
  activity: ActivityNode;
  descriptor?: ActivityDescriptor;
  /** Localized validation messages for this node; set by the designer. */
  problems?: string[];
  /** Run status in the instance viewer. */
  runStatus?: 'completed' | 'waiting' | 'faulted' | 'current';
  highlighted?: boolean;
  /** Source ports the definition's connections use; drawn even without a descriptor (viewer without the designer's rights). */
  usedPorts?: string[];
}

export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;

export interface WorkflowGraph {
  nodes: ActivityFlowNode[];
  edges: Edge[];
}

export const nodeWidth = 200;

export function edgeId(c: Connection): string {
  return `${c.source.activity}:${c.source.port ?? 'Done'}->${c.target.activity}:${c.target.port ?? InPort}`;
}

type JsonObject = { [key: string]: JsonValue };

function isObject(v: unknown): v is JsonObject {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function positionOf(activity: ActivityNode): { x: number; y: number } | undefined {
  const designer = activity.metadata?.designer;
  const position = isObject(designer) ? designer.position : undefined;
  if (isObject(position) && typeof position.x === 'number' && typeof position.y === 'number') return { x: position.x, y: position.y };
  return undefined;
}

/** Nodes without a stored position are placed in a row; the designer offers auto-layout to tidy them. */
export function definitionToGraph(definition: WorkflowDefinition, descriptors: ActivityDescriptor[]): WorkflowGraph {
  const byType = new Map(descriptors.map((d) => [d.type, d]));
  const activities = definition.root?.activities ?? [];
  const used = new Map<string, string[]>();
  for (const c of definition.root?.connections ?? []) {
    const list = used.get(c.source.activity) ?? [];
    const port = c.source.port ?? 'Done';
    if (!list.includes(port)) list.push(port);
    used.set(c.source.activity, list);
  }
  const nodes: ActivityFlowNode[] = activities.map((activity, index) => ({
    id: activity.id,
    type: 'activity',
    position: positionOf(activity) ?? { x: index * (nodeWidth + 60), y: 0 },
    data: { activity, descriptor: byType.get(activity.type), ...(used.has(activity.id) ? { usedPorts: used.get(activity.id) } : {}) },
  }));
  const edges: Edge[] = (definition.root?.connections ?? []).map((c) => ({
    id: edgeId(c),
    source: c.source.activity,
    sourceHandle: c.source.port ?? 'Done',
    target: c.target.activity,
    targetHandle: c.target.port ?? InPort,
    data: { connection: c },
  }));
  return { nodes, edges };
}

/** The activity with the node's current position written into metadata.designer.position (rounded to whole pixels). */
export function activityWithPosition(node: ActivityFlowNode): ActivityNode {
  const activity = node.data.activity;
  const x = Math.round(node.position.x);
  const y = Math.round(node.position.y);
  const current = positionOf(activity);
  if (current && current.x === x && current.y === y) return activity;
  const metadata = isObject(activity.metadata) ? activity.metadata : {};
  const designer = isObject(metadata.designer) ? metadata.designer : {};
  return { ...activity, metadata: { ...metadata, designer: { ...designer, position: { x, y } } } };
}

/** Keeps a connection object the definition already had (same endpoints), so unknown fields and key order survive. */
export function graphToDefinition(base: WorkflowDefinition, graph: WorkflowGraph): WorkflowDefinition {
  const activities = graph.nodes.map(activityWithPosition);
  const connections: Connection[] = graph.edges.map((edge) => {
    const kept = (edge.data as { connection?: Connection } | undefined)?.connection;
    const fresh: Connection = {
      source: { activity: edge.source, port: edge.sourceHandle ?? 'Done' },
      target: { activity: edge.target, port: edge.targetHandle ?? InPort },
    };
    return kept && edgeId(kept) === edgeId(fresh) ? kept : fresh;
  });
  return { ...base, root: { ...base.root, activities, connections } };
}

/** An id not yet used on the canvas: "setVariable1", "setVariable2", … */
export function newActivityId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = type.charAt(0).toLowerCase() + type.slice(1).replace(/[^A-Za-z0-9]/g, '');
  for (let n = 1; ; n++) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}
