// Compare-with-published, copy/paste, undo/redo, the viewer's executed path and the validation marks.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { ActivityDescriptor, WorkflowDefinition } from '../api/workflows';
import snapshot from './descriptors.snapshot.json';
import { copySelection, preparePaste, readClipboard } from './clipboard';
import { diffDefinitions, isEmptyDiff } from './diff';
import { executedPath } from './executedPath';
import { History } from './history';
import { validationView } from './validation';

const descriptors = snapshot as unknown as ActivityDescriptor[];

const base: WorkflowDefinition = {
  definitionId: 'd',
  name: 'n',
  root: {
    activities: [
      { id: 'start', type: 'Start' },
      { id: 'ask', type: 'If', inputs: { condition: { syntax: 'JavaScript', value: 'true' } } },
      { id: 'log', type: 'Log', inputs: { message: { value: 'a' } }, metadata: { designer: { position: { x: 10, y: 20 } } } },
    ],
    connections: [
      { source: { activity: 'start', port: 'Done' }, target: { activity: 'ask', port: 'In' } },
      { source: { activity: 'ask', port: 'True' }, target: { activity: 'log', port: 'In' } },
    ],
  },
};

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
}

describe('compare with published', () => {
  it('lists added, removed and changed nodes with the inputs that changed, and connections', () => {
    const after: WorkflowDefinition = {
      ...base,
      name: 'renamed',
      root: {
        activities: [base.root.activities[0], { ...base.root.activities[1], inputs: { condition: { syntax: 'JavaScript', value: 'false' } } }, { id: 'end', type: 'End' }],
        connections: [base.root.connections[0], { source: { activity: 'ask', port: 'True' }, target: { activity: 'end', port: 'In' } }],
      },
    };
    const diff = diffDefinitions(base, after);
    expect(diff.added.map((a) => a.id)).toEqual(['end']);
    expect(diff.removed.map((a) => a.id)).toEqual(['log']);
    expect(diff.changed).toEqual([{ id: 'ask', type: 'If', name: undefined, inputs: ['condition'], renamed: false, retyped: false }]);
    expect(diff.addedConnections).toEqual(['ask:True->end:In']);
    expect(diff.removedConnections).toEqual(['ask:True->log:In']);
    expect(diff.settings).toEqual(['name']);
  });

  it('treats a missing syntax as Literal, as the server writes it', () => {
    const server = structuredClone(base);
    server.root.activities[2].inputs = { message: { syntax: 'Literal', value: 'a' } };
    expect(isEmptyDiff(diffDefinitions(server, base))).toBe(true);
  });
});

describe('copy and paste', () => {
  it('copies the selection with the connections among it, and pastes with fresh ids and an offset', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    copySelection(base.root.activities.slice(1), base.root.connections, storage);
    const content = readClipboard(storage)!;
    expect(content.activities.map((a) => a.id)).toEqual(['ask', 'log']);
    expect(content.connections).toHaveLength(1);

    const intoOther = preparePaste(content, ['start']);
    expect(intoOther.activities.map((a) => a.id)).toEqual(['ask', 'log']);
    const intoSame = preparePaste(content, ['start', 'ask', 'log']);
    expect(intoSame.activities.map((a) => a.id)).toEqual(['if1', 'log1']);
    expect(intoSame.connections).toEqual([{ source: { activity: 'if1', port: 'True' }, target: { activity: 'log1', port: 'In' } }]);
    expect(intoSame.activities[1].metadata).toEqual({ designer: { position: { x: 50, y: 60 } } });
    expect(intoSame.activities[1].inputs).toEqual({ message: { value: 'a' } });
  });

  it('ignores a clipboard that is not ours', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('callcenter.workflows.clipboard', '{"foo":1}');
    expect(readClipboard(storage)).toBeNull();
  });
});

describe('undo and redo', () => {
  it('walks back and forth and drops the redo branch on a new edit', () => {
    const h = new History('a');
    expect(h.push('a')).toBe(false);
    h.push('b');
    h.push('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toBe('b');
    h.push('x');
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('b');
  });
});

describe('executed path', () => {
  it('marks completed, waiting and faulted nodes and the connections taken by outcome', () => {
    const connections = [...base.root.connections, { source: { activity: 'ask', port: 'False' }, target: { activity: 'start', port: 'In' } }];
    const path = executedPath(
      [
        { sequence: 1, at: '', kind: 'WorkflowStarted' },
        { sequence: 2, at: '', activityId: 'start', kind: 'Completed', outcomes: 'Done' },
        { sequence: 3, at: '', activityId: 'ask', kind: 'Completed', outcomes: 'True' },
        { sequence: 4, at: '', activityId: 'log', kind: 'Faulted', message: 'boom' },
      ],
      connections,
      { status: 'Faulted', incidents: [{ activityId: 'log', activityType: 'Log', message: 'boom', at: '', resolved: false }] },
    );
    expect(path.nodes).toEqual({ start: 'completed', ask: 'completed', log: 'faulted' });
    expect([...path.edges].sort()).toEqual(['ask:True->log:In', 'start:Done->ask:In']);
    expect(path.counts).toEqual({ start: 1, ask: 1 });
  });
});

describe('validation marks', () => {
  const t = ((key: string, options?: Record<string, string>) => `${key}${options ? JSON.stringify(options) : ''}`) as unknown as TFunction;

  it('puts each server error on its node with a localized message, and keeps the rest general', () => {
    const view = validationView(
      {
        errors: {
          'root.activities[1].inputs.condition': ["'ask' needs a value for 'condition'."],
          'root.activities[2]': ["'log' cannot be reached from the start."],
          'root.connections[1].source.port': ["'ask' has no port 'Maybe'."],
          definitionId: ['The definition needs a definitionId.'],
        },
        activities: {},
      },
      base,
      descriptors,
      t,
      'zh-Hans',
    );
    expect(view.byNode.ask.map((p) => p.code)).toEqual(['MissingRequiredInput', 'UnknownPort']);
    expect(view.byNode.ask[0].message).toBe('workflows.validation.MissingRequiredInput{"input":"条件"}');
    expect(view.byNode.log.map((p) => p.code)).toEqual(['UnreachableActivity']);
    expect(view.general.map((p) => p.code)).toEqual(['MissingDefinitionId']);
  });
});
