// Every definition in the repository's workflows/ folder opens in the designer: each activity has a descriptor in the
// snapshot of the host's registry (kept equal to the host by DescriptorSnapshotTests), every connection ends at a port
// the node draws, every input has a field, and definition → canvas → definition gives the file back unchanged.
import { describe, expect, it } from 'vitest';
import type { ActivityDescriptor, WorkflowDefinition } from '../api/workflows';
import snapshot from './descriptors.snapshot.json';
import { definitionToGraph, graphToDefinition } from './graph';
import { formFor } from './form';
import { InPort, portsOf } from './ports';

const descriptors = snapshot as unknown as ActivityDescriptor[];
const files = import.meta.glob('../../../../workflows/*.json', { eager: true, import: 'default' }) as Record<string, WorkflowDefinition>;

describe('shipped workflows open in the designer', () => {
  it('finds the shipped definitions', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
  });

  for (const [file, definition] of Object.entries(files)) {
    describe(file.replace(/^.*\//, ''), () => {
      const graph = definitionToGraph(definition, descriptors);

      it('has a descriptor for every activity type', () => {
        const missing = graph.nodes.filter((n) => !n.data.descriptor).map((n) => n.data.activity.type);
        expect(missing, 'activity types missing from descriptors.snapshot.json (see DescriptorSnapshotTests)').toEqual([]);
      });

      it('draws every connection between existing ports', () => {
        const byId = new Map(graph.nodes.map((n) => [n.id, n]));
        for (const e of graph.edges) {
          const source = byId.get(e.source);
          expect(source, `source ${e.source}`).toBeDefined();
          expect(byId.has(e.target), `target ${e.target}`).toBe(true);
          expect(portsOf(source!.data.descriptor, source!.data.activity)).toContain(e.sourceHandle);
          expect(e.targetHandle).toBe(InPort);
        }
      });

      it('has a form field for every input it sets', () => {
        for (const n of graph.nodes) {
          const fields = formFor(n.data.descriptor!, 'zh-Hans').map((f) => f.name);
          for (const name of Object.keys(n.data.activity.inputs ?? {})) expect(fields, `${n.id}.${name}`).toContain(name);
        }
      });

      it('comes back unchanged from the canvas', () => {
        expect(JSON.stringify(graphToDefinition(definition, graph))).toBe(JSON.stringify(definition));
      });
    });
  }
});
