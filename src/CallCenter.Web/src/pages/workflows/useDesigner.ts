import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection as FlowConnection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import type { ActivityDescriptor, ActivityNode, WorkflowDefinition } from '../../api/workflows';
import { copySelection, preparePaste, readClipboard } from '../../workflows/clipboard';
import { definitionToGraph, edgeId, graphToDefinition, newActivityId, positionOf, type ActivityFlowNode } from '../../workflows/graph';
import { History } from '../../workflows/history';
import { autoLayout } from '../../workflows/layout';
import { InPort } from '../../workflows/ports';

/** The definition without the fields the store assigns, as the designer compares and records it. */
export function contentOf(definition: WorkflowDefinition): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, version, isLatest, isPublished, ...content } = definition;
  return JSON.stringify(content);
}

/**
 * The designer's editing state: the definition's settings plus the canvas nodes and edges, an undo/redo history of
 * whole-definition snapshots, and the editing commands (add, connect, paste, layout, property changes).
 */
export function useDesigner(descriptors: ActivityDescriptor[]) {
  const [meta, setMeta] = useState<WorkflowDefinition | null>(null);
  const [nodes, setNodes] = useState<ActivityFlowNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const history = useRef<History | null>(null);
  const [, setHistoryTick] = useState(0);
  const [saved, setSaved] = useState<string>('');

  const definition = useMemo(() => (meta ? graphToDefinition(meta, { nodes, edges }) : null), [meta, nodes, edges]);
  const content = useMemo(() => (definition ? contentOf(definition) : ''), [definition]);
  const dragging = nodes.some((n) => n.dragging);

  const show = useCallback(
    (def: WorkflowDefinition) => {
      const graph = definitionToGraph(def, descriptors);
      setMeta({ ...def, root: { ...def.root, activities: [], connections: [] } });
      setNodes(graph.nodes);
      setEdges(graph.edges);
    },
    [descriptors],
  );

  /** Opens a definition as stored: history starts over, nothing is unsaved. */
  const load = useCallback(
    (def: WorkflowDefinition) => {
      show(def);
      // As the canvas writes it back (positions filled in), so an untouched definition is not "unsaved".
      const c = contentOf(graphToDefinition(def, definitionToGraph(def, descriptors)));
      history.current = new History(c);
      setSaved(c);
      setHistoryTick((x) => x + 1);
    },
    [show, descriptors],
  );

  // Record a step once the canvas settles (not on every pixel of a drag, not on every keystroke).
  useEffect(() => {
    if (!history.current || !content || dragging) return;
    const timer = setTimeout(() => {
      if (history.current?.push(content)) setHistoryTick((x) => x + 1);
    }, 250);
    return () => clearTimeout(timer);
  }, [content, dragging]);

  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const h = history.current;
      if (!h || !meta) return;
      // A pending edit becomes a step first, so undo returns to the state before it.
      if (content) h.push(content);
      const snapshot = direction === 'undo' ? h.undo() : h.redo();
      if (snapshot) show({ ...(JSON.parse(snapshot) as WorkflowDefinition), id: meta.id, version: meta.version, isLatest: meta.isLatest, isPublished: meta.isPublished });
      setHistoryTick((x) => x + 1);
    },
    [content, meta, show],
  );

  const onNodesChange = useCallback((changes: NodeChange<ActivityFlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  const onConnect = useCallback((c: FlowConnection) => {
    if (!c.source || !c.target || c.source === c.target) return;
    const connection = { source: { activity: c.source, port: c.sourceHandle ?? 'Done' }, target: { activity: c.target, port: c.targetHandle ?? InPort } };
    setEdges((es) => (es.some((e) => e.id === edgeId(connection)) ? es : addEdge({ ...c, id: edgeId(connection), targetHandle: connection.target.port }, es)));
  }, []);

  const addActivity = useCallback(
    (descriptor: ActivityDescriptor, position: { x: number; y: number }) => {
      setNodes((ns) => {
        const id = newActivityId(descriptor.type, ns.map((n) => n.id));
        const inputs: ActivityNode['inputs'] = {};
        // Dropdowns start at their declared default, so the node is valid without a visit to the panel.
        for (const input of descriptor.inputs)
          if (input.uiHint === 'Dropdown' && input.defaultValue) inputs[input.name] = { value: input.defaultValue };
        const activity: ActivityNode = { id, type: descriptor.type, ...(Object.keys(inputs).length ? { inputs } : {}) };
        const node: ActivityFlowNode = { id, type: 'activity', position: { x: Math.round(position.x), y: Math.round(position.y) }, data: { activity, descriptor }, selected: true };
        return [...ns.map((n) => ({ ...n, selected: false })), node];
      });
    },
    [],
  );

  const updateActivity = useCallback((activity: ActivityNode) => {
    setNodes((ns) => ns.map((n) => (n.id === activity.id ? { ...n, data: { ...n.data, activity } } : n)));
  }, []);

  const updateMeta = useCallback((patch: Partial<WorkflowDefinition>) => setMeta((m) => (m ? { ...m, ...patch } : m)), []);

  const copy = useCallback(() => {
    if (!definition) return 0;
    const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
    if (!selected.size) return 0;
    copySelection(definition.root.activities.filter((a) => selected.has(a.id)), definition.root.connections);
    return selected.size;
  }, [definition, nodes]);

  /** Pastes the clipboard with its top-left node at `at` (the middle of the visible canvas), so it lands in view. */
  const paste = useCallback((at?: { x: number; y: number }) => {
    const content = readClipboard();
    if (!content || !meta) return 0;
    const byType = new Map(descriptors.map((d) => [d.type, d]));
    const positions = content.activities.map((a) => positionOf(a) ?? { x: 0, y: 0 });
    const minX = Math.min(...positions.map((p) => p.x));
    const minY = Math.min(...positions.map((p) => p.y));
    const offset = at && positions.length ? { x: Math.round(at.x - minX), y: Math.round(at.y - minY) } : undefined;
    const ready = preparePaste(content, nodes.map((n) => n.id), offset);
    const pasted = definitionToGraph({ ...meta, root: { ...meta.root, activities: ready.activities, connections: ready.connections } }, descriptors);
    setNodes((ns) => [
      ...ns.map((n) => ({ ...n, selected: false })),
      ...pasted.nodes.map((n) => ({ ...n, selected: true, data: { ...n.data, descriptor: byType.get(n.data.activity.type) } })),
    ]);
    setEdges((es) => [...es, ...pasted.edges]);
    return pasted.nodes.length;
  }, [descriptors, meta, nodes]);

  const deleteSelected = useCallback(() => {
    const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
    setNodes((ns) => ns.filter((n) => !gone.has(n.id)));
    setEdges((es) => es.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target)));
  }, [nodes]);

  const layout = useCallback(() => setNodes((ns) => autoLayout(ns, edges)), [edges]);

  /** After a save: the store's version fields, and what was sent counts as saved (the server may spell defaults out). */
  const markSaved = useCallback((def: WorkflowDefinition, sent: WorkflowDefinition) => {
    setMeta((m) => (m ? { ...m, id: def.id, version: def.version, isLatest: def.isLatest, isPublished: def.isPublished } : m));
    setSaved(contentOf(sent));
  }, []);

  return {
    meta,
    nodes,
    edges,
    definition,
    dirty: !!content && content !== saved,
    canUndo: history.current?.canUndo ?? false,
    canRedo: history.current?.canRedo ?? false,
    load,
    /** Puts another definition's content on the canvas as an edit (revert to a version): unsaved, undoable. */
    replace: show,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    onNodesChange,
    onEdgesChange,
    onConnect,
    addActivity,
    updateActivity,
    updateMeta,
    copy,
    paste,
    deleteSelected,
    layout,
    markSaved,
    setNodes,
  };
}
