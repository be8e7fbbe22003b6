/**
 * Document-order traversals that skip what a caller does not need. `walk()` (model/query.ts) visits every node
 * through a callback; on a large profile most nodes are scalars, and rules that only look at dicts (or only at
 * scalars) pay for every push, pop and call. Both helpers are iterative (deep files must not overflow) and
 * visit nodes in exactly `walk()`'s pre-order, so findings keep their order.
 */
import type { PlistDocument } from '../../model/document';
import type { ArrayNode, DictNode, PlistNode, ScalarNode } from '../../model/plist';

type Container = DictNode | ArrayNode;

function isContainer(n: PlistNode): n is Container {
  return n.kind === 'dict' || n.kind === 'array';
}

/** Every dict under (and including) `root`, in pre-order. */
export function dictsInOrder(root: PlistNode | null): DictNode[] {
  const out: DictNode[] = [];
  if (!root || !isContainer(root)) return out;
  const stack: Container[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'dict') {
      out.push(n);
      for (let i = n.entries.length - 1; i >= 0; i--) {
        const v = n.entries[i].value;
        if (v && isContainer(v)) stack.push(v);
      }
    } else {
      for (let i = n.items.length - 1; i >= 0; i--) {
        const v = n.items[i];
        if (isContainer(v)) stack.push(v);
      }
    }
  }
  return out;
}

const documentDictsCache = new WeakMap<PlistDocument, DictNode[]>();

/**
 * Every dict of the document in pre-order, computed once per document: several rules look at all dicts
 * (duplicate keys, requirement strings, certificate references). Shared: callers must not mutate it.
 */
export function documentDicts(doc: PlistDocument): DictNode[] {
  let dicts = documentDictsCache.get(doc);
  if (!dicts) documentDictsCache.set(doc, (dicts = dictsInOrder(doc.root)));
  return dicts;
}

/** Calls `visit` for every scalar under (and including) `root`, in pre-order; containers are never visited. */
export function forEachScalar(root: PlistNode | null, visit: (n: ScalarNode) => void): void {
  if (!root) return;
  if (!isContainer(root)) {
    visit(root);
    return;
  }
  // One frame per open container: the container and the index of its next child.
  const open: Container[] = [root];
  const next: number[] = [0];
  while (open.length) {
    const top = open.length - 1;
    const n = open[top];
    const i = next[top];
    const count = n.kind === 'dict' ? n.entries.length : n.items.length;
    if (i >= count) {
      open.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const child = n.kind === 'dict' ? n.entries[i].value : n.items[i];
    if (!child) continue;
    if (isContainer(child)) {
      open.push(child);
      next.push(0);
    } else {
      visit(child);
    }
  }
}
