/**
 * Locating things in the plist tree: the node under an offset and the key path to it, for hovers,
 * completion and quick fixes. Walks down from the root comparing spans (no parent-pointer scans).
 */
import type { PlistDocument } from './document';
import type { ArrayNode, DictEntry, DictNode, PlistNode } from './plist';

/** A path segment: a dict key or an array index. */
export type PathSegment = string | number;

export interface Location {
  /** Deepest value node whose element contains the offset (null when outside the root value). */
  node: PlistNode | null;
  /** Set when the offset is on a `<key>` element (then `node` is the dict holding it). */
  key?: DictEntry;
  /** The dict entry whose value contains the offset (or whose key, when `key` is set). */
  entry?: DictEntry;
  /** Keys and indices from the root to `node` (including the key under the cursor when `key` is set). */
  path: PathSegment[];
  /** The innermost dict that contains the offset (for key completion). */
  dict?: DictNode;
}

function contains(n: { start: number; end: number }, offset: number): boolean {
  return offset >= n.start && offset <= n.end;
}

export function locate(root: PlistNode | null, offset: number): Location {
  const path: PathSegment[] = [];
  if (!root || !contains(root, offset)) return { node: null, path };
  let node: PlistNode = root;
  let entry: DictEntry | undefined;
  let dict: DictNode | undefined;
  for (;;) {
    if (node.kind === 'dict') {
      dict = node;
      let next: PlistNode | undefined;
      for (const e of node.entries) {
        if (contains(e.key, offset)) {
          return { node, key: e, entry: e, path: [...path, e.key.text], dict };
        }
        if (e.value && contains(e.value, offset)) {
          path.push(e.key.text);
          entry = e;
          next = e.value;
          break;
        }
      }
      if (!next) return { node, entry, path, dict };
      node = next;
    } else if (node.kind === 'array') {
      const i = node.items.findIndex((it) => contains(it, offset));
      if (i < 0) return { node, entry, path, dict };
      path.push(i);
      node = node.items[i];
    } else {
      return { node, entry, path, dict };
    }
  }
}

/** Follows a path of keys/indices from `root`; returns undefined when any step is missing. */
export function nodeAtPath(root: PlistNode | null, path: readonly PathSegment[]): PlistNode | undefined {
  let n: PlistNode | null | undefined = root;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === 'number') n = n.kind === 'array' ? n.items[seg] : undefined;
    else n = n.kind === 'dict' ? (n.map.get(seg)?.value ?? undefined) : undefined;
  }
  return n ?? undefined;
}

/** Depth-first walk over every value node without recursion (deep files must not overflow the stack). */
export function walk(root: PlistNode | null, visit: (n: PlistNode) => void): void {
  if (!root) return;
  const stack: PlistNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    if (n.kind === 'dict') {
      for (let i = n.entries.length - 1; i >= 0; i--) {
        const v = n.entries[i].value;
        if (v) stack.push(v);
      }
    } else if (n.kind === 'array') {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
}

/*
 * The dicts of a document in `walk()`'s pre-order, without visiting scalars, and shared per document: on a large
 * profile most nodes are scalars, and several rules only look at dicts. Iterative (deep files must not overflow);
 * the order is exactly `walk()`'s, so findings keep their order.
 */
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
