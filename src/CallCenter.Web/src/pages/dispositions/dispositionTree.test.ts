import { describe, expect, it } from 'vitest';
import type { DispositionNode } from '../../api/contacts';
import { buildDispositionTree, descendantIds } from './dispositionTree';

const node = (id: string, code: string, parentId: string | null, sortOrder = 0): DispositionNode => ({
  id,
  code,
  name: code,
  parentId,
  path: code,
  sortOrder,
  isActive: true,
  opensWorkOrderType: null,
  defaultUrgency: null,
});

describe('disposition tree', () => {
  const flat = [
    node('leak', 'BX02', 'repair', 2),
    node('repair', 'BX', null, 1),
    node('cold', 'BX01', 'repair', 1),
    node('ask', 'ZX', null, 2),
    node('lost', 'X', 'missing-parent'),
  ];

  it('nests children under parents in sort order, orphans at the root', () => {
    const tree = buildDispositionTree(flat);
    expect(tree.map((n) => n.key)).toEqual(['lost', 'repair', 'ask']);
    expect(tree[1].children.map((n) => n.key)).toEqual(['cold', 'leak']);
  });

  it('knows a node’s descendants', () => {
    const tree = buildDispositionTree(flat);
    expect([...descendantIds(tree, 'repair')].sort()).toEqual(['cold', 'leak']);
    expect(descendantIds(tree, 'cold').size).toBe(0);
  });
});
