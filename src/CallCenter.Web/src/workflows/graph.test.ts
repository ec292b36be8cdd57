import { describe, expect, it } from 'vitest';
import type { ActivityDescriptor, WorkflowDefinition } from '../api/workflows';
import snapshot from './descriptors.snapshot.json';
import { definitionToGraph, edgeId, graphToDefinition, newActivityId } from './graph';
import { portsOf } from './ports';

const descriptors = snapshot as unknown as ActivityDescriptor[];

const definition: WorkflowDefinition = {
  definitionId: 'graph-test',
  name: '测试',
  variables: [{ name: 'x', type: 'String' }],
  root: {
    type: 'Flowchart',
    id: 'flowchart1',
    activities: [
      { id: 'start', type: 'Start', metadata: { designer: { position: { x: 0, y: 0 } } } },
      {
        id: 'check',
        type: 'If',
        name: '判断',
        inputs: { condition: { syntax: 'JavaScript', value: 'variables.x == 1' } },
        retry: { maxAttempts: 3 },
        futureField: { kept: true },
        metadata: { designer: { position: { x: 240, y: 0 } }, note: 'kept' },
      },
      { id: 'noPosition', type: 'Log', inputs: { message: { value: 'hi' } } },
    ],
    connections: [
      { source: { activity: 'start', port: 'Done' }, target: { activity: 'check', port: 'In' } },
      { source: { activity: 'check', port: 'True' }, target: { activity: 'noPosition', port: 'In' } },
    ],
  },
};

describe('definition → graph', () => {
  const graph = definitionToGraph(definition, descriptors);

  it('makes one node per activity at its stored position, with its descriptor', () => {
    expect(graph.nodes.map((n) => [n.id, n.position])).toEqual([
      ['start', { x: 0, y: 0 }],
      ['check', { x: 240, y: 0 }],
      ['noPosition', { x: 520, y: 0 }],
    ]);
    expect(graph.nodes[1].data.descriptor?.type).toBe('If');
    expect(graph.nodes[1].data.activity).toBe(definition.root.activities[1]);
  });

  it('makes one edge per connection from the outcome port to the In port', () => {
    expect(graph.edges.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual([
      ['start', 'Done', 'check', 'In'],
      ['check', 'True', 'noPosition', 'In'],
    ]);
    expect(graph.edges[1].id).toBe('check:True->noPosition:In');
  });
});

describe('graph → definition', () => {
  it('keeps unknown fields, order, retry and metadata, and adds a position where there was none', () => {
    const graph = definitionToGraph(definition, descriptors);
    const back = graphToDefinition(definition, graph);
    expect(back.root.activities[1]).toEqual(definition.root.activities[1]);
    expect(back.root.activities[2].metadata).toEqual({ designer: { position: { x: 520, y: 0 } } });
    expect(back.root.connections).toEqual(definition.root.connections);
    expect(back.variables).toBe(definition.variables);
  });

  it('writes moved positions rounded, and new edges with their ports', () => {
    const graph = definitionToGraph(definition, descriptors);
    graph.nodes[0] = { ...graph.nodes[0], position: { x: 10.6, y: -3.2 } };
    graph.edges.push({ id: 'x', source: 'check', sourceHandle: 'False', target: 'start', targetHandle: 'In' });
    const back = graphToDefinition(definition, graph);
    expect(back.root.activities[0].metadata).toEqual({ designer: { position: { x: 11, y: -3 } } });
    expect(back.root.connections[2]).toEqual({ source: { activity: 'check', port: 'False' }, target: { activity: 'start', port: 'In' } });
    expect(edgeId(back.root.connections[2])).toBe('check:False->start:In');
  });

  it('drops deleted nodes and edges', () => {
    const graph = definitionToGraph(definition, descriptors);
    const back = graphToDefinition(definition, { nodes: graph.nodes.slice(0, 2), edges: graph.edges.slice(0, 1) });
    expect(back.root.activities.map((a) => a.id)).toEqual(['start', 'check']);
    expect(back.root.connections).toHaveLength(1);
  });
});

describe('ports and ids', () => {
  it('adds Switch cases and Fork branches to the descriptor outcomes', () => {
    const sw = descriptors.find((d) => d.type === 'Switch');
    const fork = descriptors.find((d) => d.type === 'Fork');
    expect(portsOf(sw, { id: 's', type: 'Switch', inputs: { cases: { value: [{ label: '维修', condition: 'true' }, { label: '咨询' }] } } })).toEqual([
      'Default',
      '维修',
      '咨询',
    ]);
    expect(portsOf(fork, { id: 'f', type: 'Fork', inputs: { branches: { value: ['a', 'b'] } } })).toEqual(['a', 'b']);
    expect(portsOf(undefined, { id: 'u', type: 'Unknown' })).toEqual([]);
  });

  it('numbers new ids per type, skipping taken ones', () => {
    expect(newActivityId('SetVariable', [])).toBe('setVariable1');
    expect(newActivityId('SetVariable', ['setVariable1', 'setVariable2'])).toBe('setVariable3');
  });
});
