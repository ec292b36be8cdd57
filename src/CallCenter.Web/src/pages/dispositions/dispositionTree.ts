import type { DispositionNode } from '../../api/contacts';

export interface DispositionTreeNode {
  key: string;
  node: DispositionNode;
  children: DispositionTreeNode[];
}

/** The flat list the API returns as a tree, siblings by sort order then code; orphans become roots. */
export function buildDispositionTree(nodes: DispositionNode[]): DispositionTreeNode[] {
  const byId = new Map(nodes.map((n) => [n.id, { key: n.id, node: n, children: [] as DispositionTreeNode[] }]));
  const roots: DispositionTreeNode[] = [];
  for (const item of byId.values()) {
    const parent = item.node.parentId ? byId.get(item.node.parentId) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  const sort = (list: DispositionTreeNode[]) => {
    list.sort((a, b) => a.node.sortOrder - b.node.sortOrder || a.node.code.localeCompare(b.node.code));
    list.forEach((c) => sort(c.children));
  };
  sort(roots);
  return roots;
}

/** A node's descendants' ids, so a node cannot be moved under itself. */
export function descendantIds(tree: DispositionTreeNode[], id: string): Set<string> {
  const result = new Set<string>();
  const collect = (n: DispositionTreeNode) => n.children.forEach((c) => (result.add(c.key), collect(c)));
  const find = (list: DispositionTreeNode[]): boolean =>
    list.some((n) => (n.key === id ? (collect(n), true) : find(n.children)));
  find(tree);
  return result;
}
