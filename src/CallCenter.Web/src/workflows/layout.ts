import dagre from '@dagrejs/dagre';
import type { Edge } from '@xyflow/react';
import type { ActivityFlowNode } from './graph';
import { nodeWidth } from './graph';

/** Rough node height: header plus one row per outcome port (ports are stacked on the right edge). */
export function nodeHeight(node: ActivityFlowNode): number {
  const ports = node.data.descriptor?.outcomes.length ?? 1;
  return 64 + Math.max(0, ports - 1) * 18;
}

/** Left-to-right layered layout (dagre); returns new nodes with positions, edges untouched. */
export function autoLayout(nodes: ActivityFlowNode[], edges: Edge[]): ActivityFlowNode[] {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: nodeWidth, height: nodeHeight(n) });
  for (const e of edges) if (g.hasNode(e.source) && g.hasNode(e.target)) g.setEdge(e.source, e.target);
  dagre.layout(g);
  return nodes.map((n) => {
    const p = g.node(n.id);
    // dagre gives centres; the canvas positions top-left corners.
    return p ? { ...n, position: { x: Math.round(p.x - nodeWidth / 2), y: Math.round(p.y - nodeHeight(n) / 2) } } : n;
  });
}
