/**
 * The dicts of a document in `walk()`'s pre-order (model/query.ts), without visiting scalars, and shared per
 * document: on a large profile most nodes are scalars, and several rules only look at dicts. Iterative (deep
 * files must not overflow); the order is exactly `walk()`'s, so findings keep their order.
 */
import type { PlistDocument } from '../../model/document';
import type { ArrayNode, DictNode, PlistNode } from '../../model/plist';

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
